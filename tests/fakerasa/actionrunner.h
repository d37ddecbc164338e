#pragma once

#include "apitypes.h"
#include "bot.h"

#include "model/tracker.h"

#include <QString>
#include <QStringList>

namespace Coach::FakeRasa {

//! What running an action produced.
struct ActionOutcome
{
    enum class Kind {
        Executed, //!< log the action, then `events`
        Rejected, //!< a form found nothing to fill: only action_execution_rejected
        Unknown, //!< not an action of the domain: `error` is Rasa's message
    };
    Kind kind = Kind::Executed;
    EventList events;
    QString error;
};

//! Runs actions the way Rasa's processor would with no action server:
//! response actions utter their response, default actions do what Rasa's
//! do (restart, session start, fallback, deactivate loop, back, extract
//! slots), forms run as FormRunner describes, end-to-end bot texts utter
//! themselves, and custom actions log nothing more (Rasa catches the
//! missing action server error and carries on).
class ActionRunner
{
public:
    ActionRunner(const Bot &bot, const RasaVersion &version);

    ActionOutcome run(const QString &name, const Tracker &tracker) const;

    //! Every action name in Rasa's order: defaults (with the rule snippet
    //! action `...`), custom actions, responses (sorted), forms, then the
    //! end-to-end bot texts.
    QStringList actionNames() const;
    bool knows(const QString &name) const;

    //! The events of action_session_start after the action itself:
    //! session_started, the carried-over slots, action_listen.
    EventList sessionStartEvents(const Tracker &tracker) const;

private:
    EventList utter(const QString &response, const Tracker &tracker) const;
    EventList runDefault(const QString &name, const Tracker &tracker) const;
    QString notFoundMessage(const QString &name) const;

    const Bot &m_bot;
    RasaVersion m_version;
    QStringList m_actions;
};

} // namespace Coach::FakeRasa
