#include "actionrunner.h"

#include "formrunner.h"
#include "responserenderer.h"
#include "slotfilling.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

const QString kRuleSnippet = u"..."_s;

QStringList rasaActionOrder(const Bot &bot, int major)
{
    QStringList names = Domain::defaultActionNames(major);
    names.insert(names.indexOf(u"action_back"_s) + 1, kRuleSnippet);
    const Domain &domain = bot.domain;
    for (const QString &custom : domain.actionNames()) {
        if (!names.contains(custom))
            names.append(custom);
    }
    QStringList responses;
    for (const ResponseDefinition &response : domain.responses()) {
        if (response.name.startsWith("utter_"_L1) && !names.contains(response.name))
            responses.append(response.name);
    }
    std::sort(responses.begin(), responses.end());
    names += responses;
    for (const QString &form : domain.formNames()) {
        if (!names.contains(form))
            names.append(form);
    }
    for (const QString &text : bot.actionTexts) {
        if (!names.contains(text))
            names.append(text);
    }
    return names;
}

Event askAffirmation(const Tracker &tracker)
{
    const QString intent = tracker.latestMessage().intentName();
    QJsonObject yes;
    yes.insert("title"_L1, u"Yes"_s);
    yes.insert("payload"_L1, QString(u"/"_s + intent));
    QJsonObject no;
    no.insert("title"_L1, u"No"_s);
    no.insert("payload"_L1, u"/out_of_scope"_s);
    QJsonObject variation;
    variation.insert("text"_L1, u"Did you mean '%1'?"_s.arg(intent));
    variation.insert("buttons"_L1, QJsonArray{yes, no});
    return ResponseRenderer::botEvent(variation, u"action_default_ask_affirmation"_s, false);
}

} // namespace

ActionRunner::ActionRunner(const Bot &bot, const RasaVersion &version)
    : m_bot(bot), m_version(version), m_actions(rasaActionOrder(bot, version.major))
{ }

QStringList ActionRunner::actionNames() const
{
    return m_actions;
}

bool ActionRunner::knows(const QString &name) const
{
    return m_actions.contains(name);
}

QString ActionRunner::notFoundMessage(const QString &name) const
{
    QStringList lines;
    for (const QString &action : m_actions)
        lines.append(u"\t - "_s + action);
    return u"Cannot access action '%1', as that name is not a registered action for this "
           "domain. Available actions are: \n%2"_s.arg(name, lines.join(QLatin1Char('\n')));
}

EventList ActionRunner::utter(const QString &response, const Tracker &tracker) const
{
    const auto variation = ResponseRenderer::pickVariation(m_bot.domain, response, tracker);
    if (!variation)
        return {};
    return {ResponseRenderer::botEvent(*variation, response, m_version.hasLateTwoEightFeatures())};
}

EventList ActionRunner::sessionStartEvents(const Tracker &tracker) const
{
    EventList events{Event::sessionStarted()};
    if (m_bot.domain.sessionConfig().carryOverSlotsToNewSession) {
        for (const Event &event : tracker.appliedEvents()) {
            if (event.type() == EventType::Slot)
                events.append(Event::slot(event.name(), event.slotValue()));
        }
    }
    events.append(Event::actionListen());
    return events;
}

EventList ActionRunner::runDefault(const QString &name, const Tracker &tracker) const
{
    if (name == "action_restart"_L1)
        return utter(u"utter_restart"_s, tracker) + EventList{Event::restart()};
    if (name == "action_session_start"_L1)
        return sessionStartEvents(tracker);
    if (name == "action_default_fallback"_L1)
        return utter(u"utter_default"_s, tracker) + EventList{Event::rewind()};
    if (name == "action_deactivate_loop"_L1)
        return {Event::activeLoop(QString()), Event::slot(u"requested_slot"_s, QJsonValue())};
    if (name == "action_back"_L1)
        return utter(u"utter_back"_s, tracker) + EventList{Event::rewind(), Event::rewind()};
    if (name == "action_default_ask_rephrase"_L1)
        return utter(u"utter_ask_rephrase"_s, tracker);
    if (name == "action_default_ask_affirmation"_L1)
        return {askAffirmation(tracker)};
    if (name == "action_extract_slots"_L1)
        return SlotFilling::extractSlots(m_bot.domain, tracker);
    return {}; // action_listen, the rule snippet and the fallback helpers log only themselves
}

ActionOutcome ActionRunner::run(const QString &name, const Tracker &tracker) const
{
    ActionOutcome outcome;
    if (!knows(name)) {
        outcome.kind = ActionOutcome::Kind::Unknown;
        outcome.error = notFoundMessage(name);
        return outcome;
    }
    const Domain &domain = m_bot.domain;
    const bool userAction = domain.actionNames().contains(name) || domain.isForm(name);
    if (Domain::defaultActionNames(m_version.major).contains(name) && !userAction) {
        outcome.events = runDefault(name, tracker);
    } else if (name == kRuleSnippet) {
        outcome.events = {};
    } else if (m_bot.actionTexts.contains(name) && !userAction) {
        outcome.events = {Event::bot(name)};
    } else if (name.startsWith("utter_"_L1) && domain.response(name) != nullptr) {
        outcome.events = utter(name, tracker);
    } else if (domain.isForm(name) && !domain.actionNames().contains(name)) {
        const auto form = FormSpec::fromDomain(domain, name, m_bot.domainText);
        const FormRunner::Outcome result =
            FormRunner(domain, !m_version.isV2(), m_version.hasLateTwoEightFeatures())
                .run(*form, tracker);
        outcome.kind =
            result.rejected ? ActionOutcome::Kind::Rejected : ActionOutcome::Kind::Executed;
        outcome.events = result.events;
    }
    return outcome;
}

} // namespace Coach::FakeRasa
