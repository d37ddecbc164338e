#pragma once

// A scripted annotator: SessionDocument + InteractiveSession driven step by
// step against any Rasa server URL, with helpers that wait for the engine
// without blocking. SessionHarness adds a fake-rasa server; the real-Rasa
// scenarios (tst_realrasascenarios) use it as is (header-only test code).

#include "model/event.h"
#include "model/tracker.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "session/sessionjournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace Coach::Testing {

//! The applied events as `action_name` / `user:intent` lines: what a story
//! made of them would say.
inline QStringList appliedSummary(const EventList &events)
{
    QStringList summary;
    for (const Event &event : EventRules::applied(events)) {
        if (event.type() == EventType::User)
            summary.append(QStringLiteral("user:") + event.parseData().intentName());
        else if (event.type() == EventType::Action)
            summary.append(event.name());
    }
    return summary;
}

class ScriptedAnnotator
{
public:
    using State = InteractiveSession::State;

    ScriptedAnnotator()
    {
        SessionJournal::setRecoveryDirectory(recovery.path());
        document = std::make_unique<SessionDocument>();
        document->setJournalEnabled(true);
        makeSession();
    }

    void makeSession()
    {
        session = std::make_unique<InteractiveSession>(document.get());
        session->setNetworkFactory(networkFactory);
        QObject::connect(session.get(), &InteractiveSession::warningRaised, session.get(),
                         [this](const SessionWarning &warning) { warnings.append(warning); });
    }

    ConnectionSettings settings(const QString &conversationId = {}) const
    {
        ConnectionSettings s;
        s.serverUrl = serverUrl;
        s.authToken = authToken;
        s.requestTimeout = std::chrono::milliseconds(stepTimeoutMs);
        s.readinessTimeout = std::chrono::milliseconds(stepTimeoutMs);
        s.conversationId = conversationId;
        s.resumePolicy = resumePolicy;
        return s;
    }

    //! Runs the event loop until the session is in `expected` (true), fails
    //! or times out (false; the reason is in `why`).
    bool reach(State expected, int timeoutMs = 0)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < (timeoutMs > 0 ? timeoutMs : stepTimeoutMs)) {
            const State state = session->state();
            if (state == expected)
                return true;
            if (state == State::Failed) {
                why = QStringLiteral("failed: ") + session->lastError().message;
                return false;
            }
            QTest::qWait(5);
        }
        why = QStringLiteral("timed out in state %1")
                  .arg(QString::fromLatin1(
                      QMetaEnum::fromType<State>().valueToKey(int(session->state()))));
        return false;
    }

    bool connect(const QString &conversationId = {})
    {
        const Status status = session->connectToServer(settings(conversationId));
        if (!status) {
            why = status.error().toString();
            return false;
        }
        return reach(State::AwaitingUserMessage);
    }

    //! Sends a message and waits for the next question.
    bool say(const QString &text, State expected = State::ConfirmingNlu)
    {
        const Status status = session->sendUserMessage(text);
        if (!status) {
            why = status.error().toString();
            return false;
        }
        return reach(expected);
    }

    //! Confirms predicted actions until the bot listens again; the names run.
    QStringList confirmUntilListening(int maxSteps = 10)
    {
        QStringList ran;
        for (int i = 0; i < maxSteps && session->state() == State::ConfirmingAction; ++i) {
            ran.append(session->actionQuestion()->action);
            if (!session->confirmAction())
                break;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < stepTimeoutMs && session->state() != State::ConfirmingAction
                   && session->state() != State::AwaitingUserMessage
                   && session->state() != State::Failed) {
                QTest::qWait(5);
            }
        }
        return ran;
    }

    //! One full turn: a message by intent syntax, every action confirmed.
    bool turn(const QString &intent)
    {
        if (!say(QStringLiteral("/") + intent, State::ConfirmingAction))
            return false;
        confirmUntilListening();
        return session->state() == State::AwaitingUserMessage;
    }

    //! Ends the bot's turn: action_listen, whatever was predicted.
    bool listenNow()
    {
        const bool predicted = session->actionQuestion()
            && session->actionQuestion()->action == QStringLiteral("action_listen");
        const Status status = predicted ? session->confirmAction()
                                        : session->chooseAction(QStringLiteral("action_listen"));
        if (!status) {
            why = status.error().toString();
            return false;
        }
        return reach(State::AwaitingUserMessage);
    }

    QString conversationId() const
    {
        return document->conversation(session->currentConversation()).id;
    }
    QJsonArray documentEvents() const
    {
        return Event::listToJson(document->conversation(session->currentConversation()).events);
    }
    bool hasWarning(SessionWarning::Kind kind) const
    {
        for (const SessionWarning &warning : warnings) {
            if (warning.kind == kind)
                return true;
        }
        return false;
    }

    QTemporaryDir recovery;
    QUrl serverUrl;
    //! The session's transport (empty: the network).
    NetworkFactory networkFactory;
    QString authToken;
    int stepTimeoutMs = 15000;
    ResumePolicy resumePolicy = ResumePolicy::Ask;
    std::unique_ptr<SessionDocument> document;
    std::unique_ptr<InteractiveSession> session;
    QList<SessionWarning> warnings;
    QString why;
};

} // namespace Coach::Testing
