#include "slotfilling.h"

#include "model/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa::SlotFilling {

namespace {

QJsonValue fromValues(const QJsonArray &values, bool listSlot)
{
    if (values.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (listSlot)
        return values;
    return values.last();
}

QJsonArray entityValues(const ParseData &message, const QString &type, const QString &role,
                        const QString &group)
{
    QJsonArray values;
    for (const Entity &entity : message.entities()) {
        if (entity.type() == type && entity.role() == role && entity.group() == group)
            values.append(entity.value());
    }
    return values;
}

bool isListSlot(const Domain &domain, const QString &name)
{
    const SlotDefinition *slot = domain.slot(name);
    return slot != nullptr && slot->type == "list"_L1;
}

} // namespace

EventList autoFill(const Domain &domain, const ParseData &message)
{
    const QJsonObject config = Json::object(domain.toJson(), "config"_L1);
    if (!Json::boolean(config, "store_entities_as_slots"_L1, true))
        return {};
    EventList events;
    for (const SlotDefinition &slot : domain.slotDefinitions()) {
        if (!slot.autoFill)
            continue;
        QJsonArray values;
        for (const Entity &entity : message.entities()) {
            if (entity.type() == slot.name)
                values.append(entity.value());
        }
        const QJsonValue value = fromValues(values, slot.type == "list"_L1);
        if (!value.isUndefined())
            events.append(Event::slot(slot.name, value));
    }
    return events;
}

bool intentIsDesired(const QJsonObject &mapping, const QString &intent)
{
    const QStringList wanted = mapping.value("intent"_L1).isString()
        ? QStringList{mapping.value("intent"_L1).toString()}
        : Json::stringList(mapping.value("intent"_L1));
    const QStringList unwanted = mapping.value("not_intent"_L1).isString()
        ? QStringList{mapping.value("not_intent"_L1).toString()}
        : Json::stringList(mapping.value("not_intent"_L1));
    if (!wanted.isEmpty())
        return wanted.contains(intent);
    return !unwanted.contains(intent);
}

QJsonValue mappingValue(const QJsonObject &mapping, const ParseData &message, bool listSlot,
                        bool activating)
{
    const QJsonValue none(QJsonValue::Undefined);
    if (!intentIsDesired(mapping, message.intentName()))
        return none;
    const QString type = Json::string(mapping, "type"_L1);
    if (type == "from_entity"_L1) {
        return fromValues(entityValues(message, Json::string(mapping, "entity"_L1),
                                       Json::string(mapping, "role"_L1),
                                       Json::string(mapping, "group"_L1)),
                          listSlot);
    }
    if (type == "from_intent"_L1 || (type == "from_trigger_intent"_L1 && activating))
        return mapping.value("value"_L1);
    if (type == "from_text"_L1) {
        const QString text = message.text();
        return text.isNull() ? none : QJsonValue(text);
    }
    return none;
}

bool conditionsMatch(const QJsonObject &mapping, const Tracker &tracker)
{
    const QJsonArray conditions = Json::array(mapping, "conditions"_L1);
    if (conditions.isEmpty())
        return true;
    const ActiveLoopState loop = tracker.activeLoop();
    if (loop.rejected)
        return false;
    for (const QJsonValue &value : conditions) {
        const QJsonObject condition = value.toObject();
        const QString activeLoop = Json::string(condition, "active_loop"_L1);
        if (!activeLoop.isEmpty() && activeLoop == loop.name) {
            const QString requested = Json::string(condition, "requested_slot"_L1);
            if (requested.isEmpty() || requested == tracker.slot(u"requested_slot"_s).toString()) {
                return true;
            }
        }
        if (activeLoop.isEmpty() && !loop.isActive())
            return true;
    }
    return false;
}

EventList extractSlots(const Domain &domain, const Tracker &tracker)
{
    EventList events;
    const ParseData message = tracker.latestMessage();
    for (const SlotDefinition &slot : domain.slotDefinitions()) {
        for (const QJsonValue &item : slot.mappings) {
            const QJsonObject mapping = item.toObject();
            if (!conditionsMatch(mapping, tracker))
                continue;
            const QJsonValue value =
                mappingValue(mapping, message, isListSlot(domain, slot.name), false);
            if (value.isUndefined() || value.isNull())
                continue;
            if (value != tracker.slot(slot.name))
                events.append(Event::slot(slot.name, value));
            break;
        }
    }
    return events;
}

} // namespace Coach::FakeRasa::SlotFilling
