#include "formrunner.h"

#include "responserenderer.h"
#include "slotfilling.h"

#include "model/jsonutil.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

const QString kRequestedSlot = u"requested_slot"_s;

bool hasValue(const QJsonValue &value)
{
    return !value.isNull() && !value.isUndefined();
}

void orderAsWritten(QStringList &names, const QString &text, const QString &form)
{
    const QRegularExpression formKey(u"^\\s*"_s + QRegularExpression::escape(form) + u"\\s*:"_s,
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch formMatch = formKey.match(text);
    if (!formMatch.hasMatch())
        return;
    const auto position = [&text, &formMatch](const QString &name) {
        const QRegularExpression key(u"^\\s+"_s + QRegularExpression::escape(name) + u"\\s*:"_s,
                                     QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = key.match(text, formMatch.capturedEnd());
        return match.hasMatch() ? match.capturedStart() : text.size();
    };
    std::stable_sort(names.begin(), names.end(), [&position](const QString &a, const QString &b) {
        return position(a) < position(b);
    });
}

} // namespace

std::optional<FormSpec> FormSpec::fromDomain(const Domain &domain, const QString &form,
                                             const QString &domainText)
{
    const QJsonObject forms = domain.forms();
    if (!forms.contains(form))
        return std::nullopt;
    FormSpec spec;
    spec.name = form;
    const QJsonObject body = forms.value(form).toObject();
    const QJsonValue required = body.value("required_slots"_L1);
    if (required.isArray()) {
        spec.requiredSlots = Json::stringList(required);
        return spec;
    }
    const QJsonObject mappings = required.isObject() ? required.toObject() : body;
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        if (it.key() == "ignored_intents"_L1 || it.key() == "required_slots"_L1)
            continue;
        spec.requiredSlots.append(it.key());
        spec.formMappings.insert(it.key(), it.value().toArray());
    }
    orderAsWritten(spec.requiredSlots, domainText, form);
    return spec;
}

QJsonArray FormRunner::mappingsOf(const FormSpec &form, const QString &slot) const
{
    QJsonArray mappings = form.formMappings.value(slot);
    if (mappings.isEmpty()) {
        if (const SlotDefinition *definition = m_domain.slot(slot))
            mappings = definition->mappings;
    }
    if (mappings.isEmpty()) { // Rasa's default: an entity named like the slot
        QJsonObject fromEntity;
        fromEntity.insert("type"_L1, u"from_entity"_s);
        fromEntity.insert("entity"_L1, slot);
        mappings.append(fromEntity);
    }
    return mappings;
}

QHash<QString, QJsonValue> FormRunner::extract(const FormSpec &form, const Tracker &tracker,
                                               bool activating) const
{
    QHash<QString, QJsonValue> values;
    const EventList applied = tracker.appliedEvents();
    for (auto it = applied.crbegin(); m_rasa3 && it != applied.crend(); ++it) {
        if (it->type() == EventType::User)
            break;
        if (it->type() == EventType::Slot && form.requiredSlots.contains(it->name())
            && hasValue(it->slotValue()) && !values.contains(it->name())) {
            values.insert(it->name(), it->slotValue());
        }
    }
    const ParseData message = tracker.latestMessage();
    const QString requested = tracker.slot(kRequestedSlot).toString();
    for (const QString &slot : form.requiredSlots) {
        const SlotDefinition *definition = m_domain.slot(slot);
        const bool ownMappings = definition != nullptr && !definition->mappings.isEmpty();
        if ((m_rasa3 && ownMappings && form.formMappings.value(slot).isEmpty())
            || values.contains(slot)) {
            continue;
        }
        const bool listSlot = definition != nullptr && definition->type == "list"_L1;
        for (const QJsonValue &item : mappingsOf(form, slot)) {
            const QJsonObject mapping = item.toObject();
            const QString type = Json::string(mapping, "type"_L1);
            const bool usable =
                slot == requested || type == "from_entity"_L1 || type == "from_trigger_intent"_L1;
            const QJsonValue value = usable
                ? SlotFilling::mappingValue(mapping, message, listSlot, activating)
                : QJsonValue(QJsonValue::Undefined);
            if (hasValue(value)) {
                values.insert(slot, value);
                break;
            }
        }
    }
    return values;
}

EventList FormRunner::askFor(const FormSpec &form, const QString &slot,
                             const Tracker &tracker) const
{
    for (const QString &response :
         {u"utter_ask_%1_%2"_s.arg(form.name, slot), u"utter_ask_%1"_s.arg(slot)}) {
        if (const auto variation = ResponseRenderer::pickVariation(m_domain, response, tracker))
            return {ResponseRenderer::botEvent(*variation, response, m_utterAction)};
    }
    return {};
}

EventList FormRunner::activationEvents(const FormSpec &form, const Tracker &tracker) const
{
    EventList events{Event::activeLoop(form.name)};
    for (const QString &slot : form.requiredSlots) {
        if (hasValue(tracker.slot(slot))) // pre-filled slots are validated again
            events.append(Event::slot(slot, tracker.slot(slot)));
    }
    return events;
}

EventList FormRunner::requestNextSlot(const FormSpec &form, Tracker tracker) const
{
    for (const QString &slot : form.requiredSlots) {
        if (hasValue(tracker.slot(slot)))
            continue;
        EventList events{Event::slot(kRequestedSlot, slot)};
        tracker.update(events.first());
        return events + askFor(form, slot, tracker);
    }
    return {Event::slot(kRequestedSlot, QJsonValue()), Event::activeLoop(QString())};
}

FormRunner::Outcome FormRunner::run(const FormSpec &form, const Tracker &tracker) const
{
    Outcome outcome;
    const ActiveLoopState loop = tracker.activeLoop();
    const bool activating = loop.name != form.name;
    if (activating)
        outcome.events = activationEvents(form, tracker);
    const bool validate = tracker.latestActionName() == "action_listen"_L1
        && !(loop.name == form.name && loop.isInterrupted);
    if (validate) {
        const QHash<QString, QJsonValue> values = extract(form, tracker, activating);
        if (!tracker.slot(kRequestedSlot).toString().isEmpty() && values.isEmpty())
            return Outcome{{}, true};
        for (const QString &slot : form.requiredSlots) {
            if (values.contains(slot))
                outcome.events.append(Event::slot(slot, values.value(slot)));
        }
    }
    Tracker after = tracker;
    after.update(outcome.events);
    outcome.events += requestNextSlot(form, after);
    return outcome;
}

} // namespace Coach::FakeRasa
