#pragma once

// A scripted annotator: FakeRasaServer + SessionDocument + InteractiveSession
// wired together, with helpers that wait for the engine without blocking
// (header-only test code shared by the session test programs).

#include "fakerasa/fakerasaserver.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "session/historyrow.h"
#include "session/sessionjournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Coach::Testing {

inline QString botFolder(const QString &name)
{
    return QStringLiteral(COACH_SOURCE_DIR "/resources/examples/") + name;
}

class SessionHarness
{
public:
    using State = InteractiveSession::State;

    explicit SessionHarness(const QString &bot = QStringLiteral("moodbot"),
                            const QString &rasaVersion = QStringLiteral("3.6.2"))
    {
        SessionJournal::setRecoveryDirectory(recovery.path());
        server.setRasaVersion(rasaVersion);
        loaded = server.loadBot(botFolder(bot));
        port = server.listen();
        document = std::make_unique<SessionDocument>();
        document->setJournalEnabled(true);
        makeSession();
    }

    void makeSession()
    {
        session = std::make_unique<InteractiveSession>(document.get());
        QObject::connect(session.get(), &InteractiveSession::warningRaised, session.get(),
                         [this](const SessionWarning &warning) { warnings.append(warning); });
    }

    ConnectionSettings settings(const QString &conversationId = {}) const
    {
        ConnectionSettings s;
        s.serverUrl = server.url();
        s.requestTimeout = std::chrono::seconds(10);
        s.readinessTimeout = std::chrono::seconds(10);
        s.conversationId = conversationId;
        return s;
    }

    //! Runs the event loop until the session is in `expected` (true), fails
    //! or times out (false; the reason is in `why`).
    bool reach(State expected, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
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
                  .arg(QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(session->state()))));
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
            while (timer.elapsed() < 15000 && session->state() != State::ConfirmingAction
                   && session->state() != State::AwaitingUserMessage
                   && session->state() != State::Failed) {
                QTest::qWait(5);
            }
        }
        return ran;
    }

    QString conversationId() const
    {
        return document->conversation(session->currentConversation()).id;
    }
    QJsonArray serverEvents(const QString &id = {}) const
    {
        return Event::listToJson(server.tracker(id.isEmpty() ? conversationId() : id).events());
    }
    QJsonArray documentEvents() const
    {
        return Event::listToJson(document->conversation(session->currentConversation()).events);
    }
    //! Events of the server's applied state, for checking what counts.
    EventList appliedServerEvents() const
    {
        return server.tracker(conversationId()).appliedEvents();
    }
    QStringList appliedSummary() const
    {
        QStringList summary;
        for (const Event &event : appliedServerEvents()) {
            if (event.type() == EventType::User)
                summary.append(QStringLiteral("user:") + event.parseData().intentName());
            else if (event.type() == EventType::Action)
                summary.append(event.name());
        }
        return summary;
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
    FakeRasa::FakeRasaServer server;
    Status loaded;
    quint16 port = 0;
    std::unique_ptr<SessionDocument> document;
    std::unique_ptr<InteractiveSession> session;
    QList<SessionWarning> warnings;
    QString why;
};

} // namespace Coach::Testing
