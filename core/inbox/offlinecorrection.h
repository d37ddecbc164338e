#pragma once

#include "result.h"

#include "model/domain.h"
#include "model/event.h"
#include "session/sessionquestions.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Coach {

class SessionDocument;

//! "Correct it" without a server: a real user's conversation walked turn by
//! turn with the questions of live annotation, answered against the domain.
//! Each typed user message gets the NLU question (the stored parse as the
//! prediction); each action the bot chose gets the action question (the
//! action it ran first, then every action of the domain), also the listen
//! that ends its turn: another action there is run before it, and the
//! listen asked again; choosing action_listen ends the bot's turn there.
//! `/intent`, `/restart` and externally triggered
//! messages and the session machinery are kept without asking. A corrected message keeps its
//! parse data with the new intent (confidence 1.0) and entities; a replaced
//! action drops the bot messages the old one sent (an `utter_` action with
//! a response in the domain says that instead), and a replaced fallback
//! drops the `rewind` that reverted the user's message. The result becomes a
//! new conversation of the session (commitTo()) that exports like any other.
class OfflineCorrection final
{
public:
    enum class Step { Nlu, Action, Done };

    OfflineCorrection(const QString &senderId, EventList source, Domain domain);

    Step step() const { return m_step; }
    const NluQuestion &nluQuestion() const { return m_nlu; }
    const ActionQuestion &actionQuestion() const { return m_action; }
    //! Questions answered so far and in all.
    int answered() const { return m_answered; }
    int questionCount() const { return m_questionCount; }

    Status confirm();
    Status correctNlu(const QString &intent, const QList<Entity> &entities);
    Status chooseAction(const QString &name);
    //! Keeps every remaining answer as it was.
    void confirmRest();

    //! The conversation as corrected so far (all of it once Done).
    const EventList &events() const { return m_result; }
    //! Indexes into events() of the answers the annotator changed.
    const QSet<int> &correctedIndexes() const { return m_corrected; }
    //! Names the answers used that the domain does not know.
    QStringList newIntents() const;
    QStringList newActions() const;

    //! Adds the corrected conversation to a session (id `inbox-<sender>`,
    //! made unique) with the corrected turns marked; returns its index.
    //! Only when Done.
    Result<int> commitTo(SessionDocument &document) const;

private:
    static bool asksNlu(const Event &event);
    static bool asksAction(const Event &event);
    void advance();
    void buildNluQuestion(const Event &user);
    void buildActionQuestion(const Event &action);
    void replaceAction(const QString &name);
    void listenNow();
    //! An action the annotator chose, with its response's text when the
    //! domain has one (as the bot would have said it).
    void appendAction(const QString &name, std::optional<double> timestamp);

    QString m_senderId;
    EventList m_source;
    Domain m_domain;
    qsizetype m_cursor = 0; //!< next source event to look at
    Step m_step = Step::Done;
    NluQuestion m_nlu;
    ActionQuestion m_action;
    EventList m_result;
    QSet<int> m_corrected;
    int m_answered = 0;
    int m_questionCount = 0;
    bool m_droppingBotMessages = false;
    bool m_droppingRewind = false;
};

} // namespace Coach
