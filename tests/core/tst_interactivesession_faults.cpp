#include "core/helpers/sessionharness.h"

#include "fakerasa/fakerasaserver.h" // links fake-rasa (see CoachTesting.cmake)
#include "testsupport/reservedport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Coach::Testing;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

using State = InteractiveSession::State;
using Fault = FakeRasa::Fault;

namespace {

int countUserMessages(const EventList &events, const QString &text)
{
    return int(std::count_if(events.cbegin(), events.cend(), [&text](const Event &event) {
        return event.type() == EventType::User && event.text() == text;
    }));
}

int countStatus(const QList<FakeRasa::RecordedRequest> &requests, int status)
{
    return int(
        std::count_if(requests.cbegin(), requests.cend(),
                      [status](const FakeRasa::RecordedRequest &r) { return r.status == status; }));
}

int countActions(const EventList &events, const QString &name)
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [&name](const Event &event) { return event.isAction(name); }));
}

} // namespace

// Server errors, lost answers, cancel, and resuming on a server that forgot
// or changed the conversation: nothing confirmed is lost, nothing runs twice.
class TestInteractiveSessionFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverErrorMidTurnThenRetry()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        const QJsonArray before = h.documentEvents();
        h.server.addFault(Fault::httpError(u"POST"_s, u"/messages$"_s, 500, u"ConversationError"_s,
                                           u"Database unavailable"_s, 1));
        QSignalSpy errors(h.session.get(), &InteractiveSession::errorOccurred);
        QVERIFY(h.session->sendUserMessage(u"I am great"_s));
        QVERIFY(h.reach(State::Failed));
        QCOMPARE(errors.count(), 1);
        const SessionError error = h.session->lastError();
        QVERIFY(error.retryable);
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(error.serverMessage, u"Database unavailable"_s);
        QVERIFY(error.message.contains(u"Database unavailable"_s));
        QCOMPARE(h.documentEvents(), before); // nothing confirmed is lost
        QVERIFY(h.session->retry());
        QVERIFY2(h.reach(State::ConfirmingNlu), qPrintable(h.why));
        QCOMPARE(countUserMessages(h.server.tracker(h.conversationId()).events(), u"I am great"_s),
                 1);
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void lostAnswerIsNotSentTwice()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        // The server stores the message but the answer is broken.
        h.server.addFault(Fault::ofKind(Fault::Kind::MalformedJson, u"POST"_s, u"/messages$"_s, 1));
        QVERIFY(h.session->sendUserMessage(u"hello"_s));
        QVERIFY(h.reach(State::Failed));
        QCOMPARE(countUserMessages(h.server.tracker(h.conversationId()).events(), u"hello"_s), 1);
        QVERIFY(h.session->retry());
        QVERIFY2(h.reach(State::ConfirmingNlu), qPrintable(h.why));
        QCOMPARE(countUserMessages(h.server.tracker(h.conversationId()).events(), u"hello"_s), 1);
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void timeoutWhileExecutingThenRetry()
    {
        SessionHarness h;
        ConnectionSettings settings = h.settings();
        settings.requestTimeout = std::chrono::milliseconds(400);
        QVERIFY(h.session->connectToServer(settings));
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QVERIFY2(h.say(u"/greet"_s, State::ConfirmingAction), qPrintable(h.why));
        h.server.addFault(Fault::latency(u"POST"_s, u"/execute$"_s, 1200, 1));
        QSignalSpy handled(&h.server, &FakeRasa::FakeRasaServer::requestHandled);
        QVERIFY(h.session->confirmAction());
        QVERIFY(h.reach(State::Failed));
        // The server ran the action and sent its late answer to nobody.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(handled.cbegin(), handled.cend(),
                                             [](const QList<QVariant> &arguments) {
                                                 return arguments.at(1).toString().endsWith(
                                                     u"/execute"_s);
                                             }),
                                 15000);
        QVERIFY(h.session->retry());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.session->actionQuestion()->action, u"action_listen"_s);
        QCOMPARE(countActions(h.server.tracker(h.conversationId()).events(), u"utter_greet"_s), 1);
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void droppedConnectionOnPredictThenRetry()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        // Qt resends a request once when a reused connection drops, so the
        // server keeps dropping until the test lets it answer.
        h.server.addFault(Fault::ofKind(Fault::Kind::DropConnection, u"POST"_s, u"/predict$"_s));
        QVERIFY(h.session->sendUserMessage(u"/greet"_s));
        QVERIFY2(h.reach(State::Failed), qPrintable(h.why));
        QCOMPARE(h.session->lastError().httpStatus, 0);
        h.server.clearFaults();
        QVERIFY(h.session->retry());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.session->actionQuestion()->action, u"utter_greet"_s);
    }

    void actionServerFailureThenRetry()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"hello"_s), qPrintable(h.why));
        QVERIFY(h.session->correctNlu(u"greet"_s, {})); // a confirmed correction
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        const QJsonArray confirmed = h.documentEvents();
        h.server.addFault(
            Fault::httpError(u"POST"_s, u"/execute$"_s, 500, u"ConversationError"_s,
                             u"Failed to execute custom action 'utter_greet'. Couldn't "
                             u"connect to the server at 'http://localhost:5055/webhook'."_s,
                             1));
        QVERIFY(h.session->confirmAction());
        QVERIFY(h.reach(State::Failed));
        QVERIFY(h.session->lastError().retryable);
        QVERIFY(h.session->lastError().message.contains(u"localhost:5055"_s));
        QCOMPARE(h.documentEvents(), confirmed);
        QVERIFY(!h.hasWarning(SessionWarning::Kind::NewActionNotExecuted));
        QVERIFY(!h.session->undo()); // not while failed
        QVERIFY(h.session->retry());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.session->actionQuestion()->action, u"action_listen"_s);
        QCOMPARE(appliedSummary(h.server.tracker(h.conversationId()).events()),
                 (QStringList{u"action_listen"_s, u"user:greet"_s, u"utter_greet"_s}));
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void failedCorrectionIsAppliedOnce()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"hello"_s), qPrintable(h.why));
        h.server.addFault(
            Fault::ofKind(Fault::Kind::EmptyBody, u"POST"_s, u"/tracker/events$"_s, 1));
        QVERIFY(h.session->correctNlu(u"mood_great"_s, {}));
        QVERIFY(h.reach(State::Failed));
        QVERIFY(h.session->retry());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        const EventList events = h.server.tracker(h.conversationId()).events();
        QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                               [](const Event &e) { return e.type() == EventType::Rewind; }),
                 1);
        QCOMPARE(appliedSummary(events), (QStringList{u"action_listen"_s, u"user:mood_great"_s}));
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void cancelASlowRequestThenRetry()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        h.server.addFault(Fault::latency(u"POST"_s, u"/predict$"_s, 3000, 1));
        QVERIFY(h.session->sendUserMessage(u"/greet"_s));
        QVERIFY(h.reach(State::Predicting));
        h.session->cancel();
        QCOMPARE(h.session->state(), State::Failed);
        QVERIFY(h.session->lastError().retryable);
        QVERIFY(h.session->retry());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
    }

    void connectWaitsForTheModelAndRetriesWhenDown()
    {
        SessionHarness h;
        h.server.setModelLoaded(false);
        QVERIFY(h.session->connectToServer(h.settings()));
        // Still connecting after the server said "no model" twice.
        QTRY_VERIFY_WITH_TIMEOUT(countStatus(h.server.requests(), 409) >= 2
                                     || h.session->state() != State::Connecting,
                                 15000);
        QCOMPARE(h.session->state(), State::Connecting);
        h.server.setModelLoaded(true);
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));

        SessionHarness down;
        ReservedPort refusing; // the server is down: its port refuses
        QVERIFY(refusing.isValid());
        down.serverUrl = refusing.url();
        ConnectionSettings settings = down.settings();
        settings.readinessTimeout = std::chrono::milliseconds(600);
        QVERIFY(down.session->connectToServer(settings));
        QVERIFY(down.reach(State::Failed));
        QVERIFY(down.session->lastError().retryable);
        QCOMPARE(down.server.listenOn(refusing.takeListening()), refusing.port()); // it is back
        QVERIFY(down.session->retry());
        QVERIFY2(down.reach(State::AwaitingUserMessage), qPrintable(down.why));
        // Cancel while connecting goes back to where it was.
        down.session->disconnectFromServer();
        down.server.setModelLoaded(false);
        QVERIFY(down.session->connectToServer(down.settings()));
        down.session->cancel();
        QVERIFY(down.session->state() == State::Offline
                || down.session->state() == State::Disconnected);
    }

    void saveReopenResumeOnARestartedServer_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.x") << u"3.6.2"_s;
        QTest::newRow("2.x") << u"2.8.1"_s;
    }

    void saveReopenResumeOnARestartedServer()
    {
        QFETCH(QString, version);
        SessionHarness h(u"moodbot"_s, version);
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QVERIFY2(h.say(u"I am sad"_s), qPrintable(h.why));
        QVERIFY(h.session->correctNlu(u"mood_unhappy"_s, {}));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"resume.coach"_s);
        QVERIFY(h.document->saveAs(file));
        const QString id = h.conversationId();
        const EventList saved = h.document->conversation(0).events;
        h.session.reset();
        h.document.reset();
        h.server.forgetConversations(); // the server restarted
        QVERIFY(!h.server.hasConversation(id));

        Result<std::unique_ptr<SessionDocument>> opened = SessionDocument::open(file);
        QVERIFY2(opened, qPrintable(opened.error().toString()));
        h.document = std::move(opened).value();
        h.makeSession();
        QCOMPARE(h.session->historyRows().size(),
                 History::rows(saved).size()); // shown before connecting
        QVERIFY(h.session->connectToServer(h.settings()));
        // The stored message was confirmed as corrected: it is asked about again.
        QVERIFY2(h.reach(State::ConfirmingNlu), qPrintable(h.why));
        QCOMPARE(h.conversationId(), id);
        QCOMPARE(appliedSummary(h.server.tracker(id).events()), appliedSummary(saved));
        QCOMPARE(h.document->conversation(0).events, saved); // nothing local changed
        QVERIFY(h.session->confirmNlu());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.session->actionQuestion()->action, u"utter_cheer_up"_s);
        h.confirmUntilListening();
        QCOMPARE(appliedSummary(h.server.tracker(id).events()),
                 (QStringList{u"action_listen"_s, u"user:greet"_s, u"utter_greet"_s,
                              u"action_listen"_s, u"user:mood_unhappy"_s, u"utter_cheer_up"_s,
                              u"utter_did_that_help"_s, u"action_listen"_s}));
        QCOMPARE(appliedSummary(h.document->conversation(0).events),
                 appliedSummary(h.server.tracker(id).events()));
    }

    void forgottenConversationMidTurnIsRebuilt()
    {
        SessionHarness h; // 3.x: predict answers 404 for unknown conversations
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QVERIFY2(h.say(u"I feel great"_s), qPrintable(h.why));
        h.server.forgetConversations();
        QVERIFY(h.session->confirmNlu());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.session->actionQuestion()->action, u"utter_happy"_s);
        QCOMPARE(h.documentEvents(), h.serverEvents());
        h.confirmUntilListening();
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void forgottenConversationOnRasa2IsRebuilt()
    {
        SessionHarness h(u"moodbot"_s, u"2.8.1"_s); // 2.x: predict creates a fresh conversation
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QVERIFY2(h.say(u"/mood_great"_s, State::ConfirmingAction), qPrintable(h.why));
        h.server.forgetConversations();
        QVERIFY(h.session->undo());
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QVERIFY2(h.turn(u"mood_great"_s), qPrintable(h.why));
        QCOMPARE(
            appliedSummary(h.server.tracker(h.conversationId()).events()),
            (QStringList{u"action_listen"_s, u"user:greet"_s, u"utter_greet"_s, u"action_listen"_s,
                         u"user:mood_great"_s, u"utter_happy"_s, u"action_listen"_s}));
        QCOMPARE(appliedSummary(h.document->conversation(0).events),
                 appliedSummary(h.server.tracker(h.conversationId()).events()));
    }

    void resumeAfterAForkOnRasa3KeepsTheConversation()
    {
        // After a fork, Rasa 3.x keeps only the last session on the server;
        // the document keeps both stories. Resuming is no conflict.
        SessionHarness h;
        QVERIFY2(h.connect(u"forked-chat"_s), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QVERIFY2(h.turn(u"mood_unhappy"_s), qPrintable(h.why));
        QVERIFY(h.session->fork(h.session->forkPoints().at(1).eventIndex));
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QVERIFY2(h.turn(u"mood_great"_s), qPrintable(h.why));
        const EventList before = h.document->conversation(0).events;
        QVERIFY(h.serverEvents().size() < before.size()); // the server forgot the first story
        h.session->disconnectFromServer();

        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY(!h.hasWarning(SessionWarning::Kind::ConversationMoved));
        QCOMPARE(h.conversationId(), u"forked-chat"_s);
        QCOMPARE(h.document->conversation(0).events, before);
        QVERIFY2(h.turn(u"goodbye"_s), qPrintable(h.why));
        QCOMPARE(h.conversationId(), u"forked-chat"_s);
        QCOMPARE(EventRules::splitAtRestarts(h.document->conversation(0).events).size(), 2);
        QCOMPARE(appliedSummary(h.server.tracker(u"forked-chat"_s).events()),
                 appliedSummary(h.document->conversation(0).events));
    }

    //! `h`'s conversation "team-chat" after someone else used the id on a
    //! restarted server; the events `h` had and the server's.
    static void letSomeoneElseUseTheId(SessionHarness &h, EventList *mine, QJsonArray *theirs)
    {
        QVERIFY2(h.connect(u"team-chat"_s), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        *mine = h.document->conversation(0).events;
        h.session->disconnectFromServer();
        h.server.forgetConversations();
        SessionDocument otherDocument;
        InteractiveSession other(&otherDocument);
        QVERIFY(other.connectToServer(h.settings(u"team-chat"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(other.state(), State::AwaitingUserMessage, 15000);
        QVERIFY(other.sendUserMessage(u"/bot_challenge"_s));
        QTRY_COMPARE_WITH_TIMEOUT(other.state(), State::ConfirmingAction, 15000);
        *theirs = h.serverEvents(u"team-chat"_s);
    }

    //! letSomeoneElseUseTheId(), then `h` reconnects and is asked.
    static void reconnectAfterSomeoneElseUsedTheId(SessionHarness &h, EventList *mine,
                                                   QJsonArray *theirs)
    {
        letSomeoneElseUseTheId(h, mine, theirs);
        QVERIFY(h.session->connectToServer(h.settings()));
        QVERIFY2(h.reach(State::ConfirmingResume), qPrintable(h.why));
    }

    void conflictingConversationAsksWhichWins()
    {
        SessionHarness h;
        EventList mine;
        QJsonArray theirs;
        reconnectAfterSomeoneElseUsedTheId(h, &mine, &theirs);
        QVERIFY(!QTest::currentTestFailed());
        const std::optional<ResumeQuestion> question = h.session->resumeQuestion();
        QVERIFY(question);
        QCOMPARE(question->conversationId, u"team-chat"_s);
        QVERIFY(!question->serverContinuesFile);
        QCOMPARE(question->fileEventCount, int(mine.size()));
        QCOMPARE(question->serverLastMessage, u"/bot_challenge"_s);
        QVERIFY(question->questionText().contains(u"team-chat"_s));
        QCOMPARE(h.document->conversation(0).events, mine); // nothing merged while asking
        QVERIFY(!h.session->sendUserMessage(u"hi"_s));
        QVERIFY(h.session->answerResume(ResumeChoice::UseFile));
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        // The file's conversation continues under a new id; theirs is untouched.
        QVERIFY(h.hasWarning(SessionWarning::Kind::ConversationMoved));
        const Conversation &moved = h.document->conversation(0);
        QVERIFY(moved.id.startsWith(u"team-chat-"_s));
        QCOMPARE(moved.previousIds, QStringList{u"team-chat"_s});
        QCOMPARE(moved.events, mine);
        QCOMPARE(h.serverEvents(u"team-chat"_s), theirs);
        QCOMPARE(appliedSummary(h.server.tracker(moved.id).events()), appliedSummary(mine));
        QVERIFY2(h.turn(u"mood_great"_s), qPrintable(h.why));
    }

    void conflictingConversationTakenFromTheServer()
    {
        SessionHarness h;
        EventList mine;
        QJsonArray theirs;
        letSomeoneElseUseTheId(h, &mine, &theirs);
        QVERIFY(!QTest::currentTestFailed());
        h.resumePolicy = ResumePolicy::UseServer; // the annotator's answer, given in advance
        QVERIFY(h.session->connectToServer(h.settings()));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why)); // theirs waits for an action
        // The server's conversation is the current one; the file's is kept.
        QCOMPARE(h.document->conversationCount(), 2);
        QCOMPARE(h.session->currentConversation(), 1);
        QCOMPARE(h.document->conversation(1).id, u"team-chat"_s);
        QCOMPARE(Event::listToJson(h.document->conversation(1).events), theirs);
        QVERIFY(h.document->conversation(0).id.startsWith(u"team-chat-"_s));
        QCOMPARE(h.document->conversation(0).events, mine);
    }

    void serverWithMoreEventsAsks_data()
    {
        QTest::addColumn<bool>("useServer");
        QTest::newRow("server wins") << true;
        QTest::newRow("file wins") << false;
    }

    void serverWithMoreEventsAsks()
    {
        // Reopening a file whose conversation went on after the last save
        // (changes discarded at quit): the server has more events.
        QFETCH(bool, useServer);
        SessionHarness h;
        QVERIFY2(h.connect(u"shared"_s), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        const EventList saved = h.document->conversation(0).events;
        h.session->disconnectFromServer();
        {
            SessionDocument later;
            InteractiveSession other(&later);
            QVERIFY(other.connectToServer(h.settings(u"shared"_s)));
            QTRY_COMPARE_WITH_TIMEOUT(other.state(), State::AwaitingUserMessage, 15000);
            QVERIFY(other.sendUserMessage(u"/mood_great"_s));
            QTRY_COMPARE_WITH_TIMEOUT(other.state(), State::ConfirmingAction, 15000);
        }
        const QJsonArray server = h.serverEvents(u"shared"_s);
        QVERIFY(server.size() > saved.size());
        QVERIFY(h.session->connectToServer(h.settings()));
        QVERIFY2(h.reach(State::ConfirmingResume), qPrintable(h.why));
        QVERIFY(h.session->resumeQuestion()->serverContinuesFile);
        QCOMPARE(h.session->resumeQuestion()->serverEventCount, int(server.size()));
        QCOMPARE(h.document->conversation(0).events, saved);
        QVERIFY(
            h.session->answerResume(useServer ? ResumeChoice::UseServer : ResumeChoice::UseFile));
        if (useServer) {
            QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
            QCOMPARE(Event::listToJson(h.document->conversation(0).events), server);
            QCOMPARE(h.conversationId(), u"shared"_s);
        } else {
            QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
            QCOMPARE(h.document->conversation(0).events, saved);
            QVERIFY(h.conversationId().startsWith(u"shared-"_s));
            QCOMPARE(h.serverEvents(u"shared"_s), server); // untouched
        }
    }

    void cancelWhileAskingStaysOffline()
    {
        SessionHarness h;
        EventList mine;
        QJsonArray theirs;
        reconnectAfterSomeoneElseUsedTheId(h, &mine, &theirs);
        QVERIFY(!QTest::currentTestFailed());
        h.session->cancel();
        QCOMPARE(h.session->state(), State::Offline);
        QVERIFY(!h.session->resumeQuestion());
        QCOMPARE(h.document->conversation(0).events, mine);
        QCOMPARE(h.serverEvents(u"team-chat"_s), theirs);
    }
};

QTEST_GUILESS_MAIN(TestInteractiveSessionFaults)
#include "tst_interactivesession_faults.moc"
