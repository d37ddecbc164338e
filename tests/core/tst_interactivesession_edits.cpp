#include "core/helpers/sessionharness.h"

#include "fakerasa/fakerasaserver.h" // links fake-rasa (see CoachTesting.cmake)

#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;

using State = InteractiveSession::State;

// Undo, fork, restart and new conversations (spec §5.10–5.12), checked on
// the server's applied events and the document.
class TestInteractiveSessionEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoAfterBotActionThenTwice()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(),
                 (QStringList{u"action_listen"_s, u"user:greet"_s, u"utter_greet"_s,
                              u"action_listen"_s}));
        // The last thing the annotator sees is the bot's utter_greet: it goes
        // (with the listen after it) and the action is asked again.
        QVERIFY(h.session->undo());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(), (QStringList{u"action_listen"_s, u"user:greet"_s}));
        QCOMPARE(h.session->actionQuestion()->action, u"utter_greet"_s);
        QCOMPARE(h.documentEvents(), h.serverEvents());
        // Second undo in a row: the user message (Rasa would post another
        // undo that removes the message and the listen before it, §9 #15).
        QVERIFY(h.session->undo());
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(), (QStringList{u"action_listen"_s}));
        QVERIFY(h.server.tracker(h.conversationId()).isListening());
        QCOMPARE(h.session->historyRows().size(), 1);
        QCOMPARE(h.documentEvents(), h.serverEvents());
        QVERIFY(!h.session->undo()); // nothing left in this story
        // The story goes on normally.
        QVERIFY2(h.turn(u"mood_great"_s), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(),
                 (QStringList{u"action_listen"_s, u"user:mood_great"_s, u"utter_happy"_s,
                              u"action_listen"_s}));
    }

    void undoUserMessageWhileConfirmingNlu()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QVERIFY2(h.say(u"I am great"_s), qPrintable(h.why));
        QVERIFY(h.session->undo());
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(),
                 (QStringList{u"action_listen"_s, u"user:greet"_s, u"utter_greet"_s,
                              u"action_listen"_s}));
        const EventList events = h.server.tracker(h.conversationId()).events();
        QCOMPARE(events.at(events.size() - 2).type(), EventType::Rewind);
        QVERIFY(!h.session->nluQuestion());
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void undoWhileConfirmingAnAction()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"/greet"_s, State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(h.session->confirmAction());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.session->actionQuestion()->action, u"action_listen"_s);
        QVERIFY(h.session->undo()); // utter_greet goes
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(), (QStringList{u"action_listen"_s, u"user:greet"_s}));
    }

    void forkAtTheFirstMessage()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QVERIFY2(h.turn(u"mood_unhappy"_s), qPrintable(h.why));
        const QList<ForkPoint> points = h.session->forkPoints();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.first().text, u"/mood_unhappy"_s); // newest first
        const qsizetype before = h.server.tracker(h.conversationId()).events().size();
        const int requestsBefore = int(h.server.requests().size());
        QVERIFY(h.session->fork(points.last().eventIndex));
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(), (QStringList{u"action_listen"_s}));
        // restart + the kept events, in one request
        const QList<FakeRasa::RecordedRequest> requests = h.server.requests().mid(requestsBefore);
        QCOMPARE(std::count_if(requests.cbegin(), requests.cend(),
                               [](const FakeRasa::RecordedRequest &r) {
                                   return r.path.endsWith(u"/tracker/events"_s);
                               }),
                 1);
        const EventList events = h.server.tracker(h.conversationId()).events();
        QCOMPARE(events.at(before).type(), EventType::Restart);
        QCOMPARE(h.documentEvents(), h.serverEvents());
        QCOMPARE(EventRules::splitAtRestarts(events).size(), 2); // both stories kept (§9 #11)
        QVERIFY2(h.turn(u"mood_great"_s), qPrintable(h.why));
        QCOMPARE(h.appliedSummary().at(1), u"user:mood_great"_s);
    }

    void forkAtAMiddleMessage()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QVERIFY2(h.turn(u"mood_unhappy"_s), qPrintable(h.why));
        QVERIFY2(h.turn(u"deny"_s), qPrintable(h.why));
        const QList<ForkPoint> points = h.session->forkPoints();
        QCOMPARE(points.size(), 3);
        QVERIFY(!h.session->fork(points.first().eventIndex - 1)); // not a user message
        QVERIFY(h.session->fork(points.at(1).eventIndex)); // before "/mood_unhappy"
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(),
                 (QStringList{u"action_listen"_s, u"user:greet"_s, u"utter_greet"_s,
                              u"action_listen"_s}));
        QVERIFY2(h.turn(u"mood_great"_s), qPrintable(h.why));
        QCOMPARE(h.appliedSummary().mid(4, 2),
                 (QStringList{u"user:mood_great"_s, u"utter_happy"_s}));
        // The fork posted a session start after the restart: 3.x then keeps
        // only that last session once a message came (as 3.6.21 does); the
        // document keeps both stories.
        const EventList &document = h.document->conversation(0).events;
        QCOMPARE(EventRules::splitAtRestarts(document).size(), 2);
        QCOMPARE(Event::listToJson(EventRules::splitAtRestarts(document).last()), h.serverEvents());
        // Forking before a message of an earlier story is refused.
        QVERIFY(!h.session->fork(points.last().eventIndex));
    }

    void restartStartsANewStory()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        QVERIFY2(h.say(u"/mood_great"_s, State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(h.session->restart()); // from the middle of a turn
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QCOMPARE(h.appliedSummary(), (QStringList{u"action_listen"_s}));
        QVERIFY(!h.session->actionQuestion());
        QCOMPARE(h.session->forkPoints().size(), 0);
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        // No session start after this restart: 3.x keeps the whole session,
        // both stories (unlike after a fork, see forkAtAMiddleMessage).
        QCOMPARE(EventRules::splitAtRestarts(h.server.tracker(h.conversationId()).events()).size(),
                 2);
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void newConversationInTheSameSession()
    {
        SessionHarness h;
        QSignalSpy switched(h.session.get(), &InteractiveSession::currentConversationChanged);
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        const QString first = h.conversationId();
        QVERIFY(!h.session->newConversation(first)); // ids are unique
        QVERIFY(h.session->newConversation(u"second-chat"_s));
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QCOMPARE(h.document->conversationCount(), 2);
        QCOMPARE(h.session->currentConversation(), 1);
        QCOMPARE(h.document->currentConversation(), 1);
        QCOMPARE(h.conversationId(), u"second-chat"_s);
        QCOMPARE(h.session->historyRows().size(), 0);
        QVERIFY2(h.turn(u"bot_challenge"_s), qPrintable(h.why));
        QCOMPARE(h.appliedSummary().at(2), u"utter_iamabot"_s);
        QCOMPARE(h.documentEvents(), h.serverEvents());
        QCOMPARE(h.server.tracker(first).latestMessage().intentName(), u"greet"_s);
        // Back to the first one, which goes on where it stopped.
        QVERIFY(h.session->switchConversation(0));
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QVERIFY2(h.turn(u"mood_great"_s), qPrintable(h.why));
        QCOMPARE(h.document->conversation(0).events.size(),
                 h.server.tracker(first).events().size());
        QVERIFY(switched.count() >= 3);
    }

    void continuesAConversationTheServerAlreadyHas()
    {
        SessionHarness h;
        QVERIFY2(h.connect(u"shared"_s), qPrintable(h.why));
        QVERIFY2(h.turn(u"greet"_s), qPrintable(h.why));
        // Another annotator's session picks up the stored conversation.
        SessionDocument other;
        InteractiveSession session(&other);
        QVERIFY(session.connectToServer(h.settings(u"shared"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::AwaitingUserMessage, 15000);
        QCOMPARE(Event::listToJson(other.conversation(0).events), h.serverEvents(u"shared"_s));
        QCOMPARE(session.historyRows().size(), h.session->historyRows().size());
    }
};

QTEST_GUILESS_MAIN(TestInteractiveSessionEdits)
#include "tst_interactivesession_edits.moc"
