#pragma once

#include "botmodel.h"

#include "model/tracker.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coach::FakeRasa {

//! The fake server's in-memory tracker store, with the processor's
//! session handling and the stamps the server puts on events it logs:
//! a timestamp (strictly increasing) and, on 3.x, `metadata.model_id`
//! (and `assistant_id` from 3.5).
class ConversationStore
{
public:
    void setModel(const BotModel *model) { m_model = model; }

    bool contains(const QString &id) const { return m_events.contains(id); }
    QStringList ids() const { return m_order; }
    EventList events(const QString &id) const { return m_events.value(id); }
    void clear();
    void save(const Tracker &tracker);

    //! The stored tracker, or an empty one.
    Tracker stored(const QString &id) const;
    //! fetch_tracker_with_initial_session: a conversation without events
    //! gets action_session_start's events (not saved).
    Tracker withInitialSession(const QString &id);
    //! fetch_tracker_and_update_session: also starts a new session when the
    //! last user message is older than the session expiration time.
    Tracker withSessionUpdate(const QString &id);

    //! Stamps an event and applies it to the tracker.
    void append(Tracker &tracker, Event event, bool modelMetadata = true);
    //! An `action` event as Rasa logs it (action_text, hide_rule_turn).
    static Event actionEvent(const QString &name, const QJsonValue &policy,
                             const QJsonValue &confidence);

private:
    QString assistantId() const;
    void startSession(Tracker &tracker);
    bool sessionExpired(const Tracker &tracker) const;
    double now();

    const BotModel *m_model = nullptr;
    QHash<QString, EventList> m_events;
    QStringList m_order;
    double m_lastTime = 0.0;
};

} // namespace Coach::FakeRasa
