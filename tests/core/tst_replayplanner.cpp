#include "core/helpers/replayfixtures.h"
#include "replay/replayplanner.h"

#include "session/sessiondata.h"

#include <QTest>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;

namespace {

EventList sessionStart(double timestamp)
{
    return {actionAt(u"action_session_start"_s, timestamp), Event::sessionStarted(timestamp + 0.1),
            Event::actionListen(timestamp + 0.2)};
}

//! `user@index action@index ...` of a part's turns: what the replay checks and where.
QStringList outline(const ReplayPart &part)
{
    QStringList lines;
    for (const ReplayTurn &turn : part.turns) {
        QString line = u"%1@%2"_s.arg(turn.expectedIntent()).arg(turn.eventIndex);
        for (const ReplayAction &check : turn.actions)
            line += u" %1@%2"_s.arg(check.expected).arg(check.eventIndex);
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestReplayPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsPointAtTheConversationsEvents();
    void undoneAndRewoundTurnsAreNotReplayed();
    void restartsAndForksMakeParts();
    void formAnswersComeAfterTheQuestion();
    void unlikelyIntentIsNotCompared();
    void actionsAfterListenAreNotCompared();
    void sessionPlansEveryConversation();
};

void TestReplayPlanner::turnsPointAtTheConversationsEvents()
{
    EventList events = sessionStart(1);
    events << userSaying(u"greet"_s, 2) << actionAt(u"utter_greet"_s, 3)
           << Event::bot(u"Hey!"_s, {}, 3.5) << Event::actionListen(4)
           << userSaying(u"mood_great"_s, 5) << actionAt(u"utter_happy"_s, 6)
           << Event::actionListen(7);
    const QList<ReplayPart> parts = ReplayPlanner::parts(3, u"c1"_s, events);
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first().conversation, 3);
    QCOMPARE(parts.first().conversationId, u"c1"_s);
    QCOMPARE(outline(parts.first()),
             (QStringList{u"greet@3 utter_greet@4 action_listen@6"_s,
                          u"mood_great@7 utter_happy@8 action_listen@9"_s}));
    const ReplayTurn &first = parts.first().turns.first();
    QCOMPARE(first.index, 0);
    QCOMPARE(first.text(), u"text of greet"_s);
    // The applied events of the part start after the session start.
    QVERIFY(parts.first().events.first().isActionListen());
    QCOMPARE(parts.first().events.first(), events.at(2));
    QCOMPARE(parts.first().events.at(first.partEvent), events.at(3));
    // No form answers: the annotator was asked right before each action.
    for (const ReplayAction &check : first.actions)
        QCOMPARE(check.stateEnd, check.partEvent);
}

void TestReplayPlanner::undoneAndRewoundTurnsAreNotReplayed()
{
    EventList events = sessionStart(1);
    events << userSaying(u"greet"_s, 2) << actionAt(u"utter_goodbye"_s, 3) << Event::undo(3.5)
           << actionAt(u"utter_greet"_s, 4)
           << Event::actionListen(5)
           // An NLU correction: the first reading is rewound and posted again.
           << userSaying(u"mood_unhappy"_s, 6) << Event::rewind(6.5) << Event::actionListen(6.6)
           << userSaying(u"mood_great"_s, 6.7) << actionAt(u"utter_happy"_s, 7)
           << Event::actionListen(8);
    const QList<ReplayPart> parts = ReplayPlanner::parts(0, u"c1"_s, events);
    QCOMPARE(parts.size(), 1);
    // A rewind takes the listen before the message with it: the one the
    // correction posted again stands for the end of the first turn.
    QCOMPARE(outline(parts.first()),
             (QStringList{u"greet@3 utter_greet@6 action_listen@10"_s,
                          u"mood_great@11 utter_happy@12 action_listen@13"_s}));
}

void TestReplayPlanner::restartsAndForksMakeParts()
{
    EventList events = sessionStart(1);
    events << userSaying(u"greet"_s, 2) << actionAt(u"utter_greet"_s, 3) << Event::actionListen(4);
    const EventList kept = events;
    // A fork re-posts the kept events unchanged (same timestamps) after a
    // restart: equal events, but the second part must point at the copies.
    events << Event::restart(5) << kept << userSaying(u"goodbye"_s, 6)
           << actionAt(u"utter_goodbye"_s, 7) << Event::actionListen(8);
    const QList<ReplayPart> parts = ReplayPlanner::parts(0, u"c1"_s, events);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).part, 0);
    QCOMPARE(parts.at(1).part, 1);
    QCOMPARE(outline(parts.at(0)), QStringList{u"greet@3 utter_greet@4 action_listen@5"_s});
    QCOMPARE(outline(parts.at(1)),
             (QStringList{u"greet@10 utter_greet@11 action_listen@12"_s,
                          u"goodbye@13 utter_goodbye@14 action_listen@15"_s}));
}

void TestReplayPlanner::formAnswersComeAfterTheQuestion()
{
    EventList events = sessionStart(1);
    events << userSaying(u"request_restaurant"_s, 2) << actionAt(u"restaurant_form"_s, 3)
           << Event::activeLoop(u"restaurant_form"_s, 3.1) << Event::actionListen(4)
           << userSaying(u"deny"_s, 5) << Event::actionExecutionRejected(u"restaurant_form"_s)
           << Event::loopInterrupted(true) << actionAt(u"utter_ask_continue"_s, 6)
           << Event::actionListen(7);
    const QList<ReplayPart> parts = ReplayPlanner::parts(0, u"c1"_s, events);
    QCOMPARE(parts.size(), 1);
    const ReplayTurn &deny = parts.first().turns.at(1);
    QCOMPARE(deny.expectedIntent(), u"deny"_s);
    const ReplayAction &chosen = deny.actions.first();
    QCOMPARE(chosen.expected, u"utter_ask_continue"_s);
    // The question came before the two answers were posted.
    QCOMPARE(chosen.stateEnd, chosen.partEvent - 2);
    QCOMPARE(parts.first().events.at(chosen.stateEnd).type(), EventType::ActionExecutionRejected);
    QCOMPARE(deny.actions.at(1).stateEnd, deny.actions.at(1).partEvent);
}

void TestReplayPlanner::unlikelyIntentIsNotCompared()
{
    EventList events = sessionStart(1);
    events << userSaying(u"greet"_s, 2) << actionAt(u"action_unlikely_intent"_s, 2.5)
           << actionAt(u"utter_greet"_s, 3) << Event::actionListen(4);
    const QList<ReplayPart> parts = ReplayPlanner::parts(0, u"c1"_s, events);
    QCOMPARE(outline(parts.first()), QStringList{u"greet@3 utter_greet@5 action_listen@6"_s});
    // It is part of the state the next action is predicted in.
    QCOMPARE(parts.first().turns.first().actions.first().stateEnd,
             parts.first().turns.first().actions.first().partEvent);
}

void TestReplayPlanner::actionsAfterListenAreNotCompared()
{
    EventList events = sessionStart(1);
    events << userSaying(u"greet"_s, 2) << actionAt(u"utter_greet"_s, 3) << Event::actionListen(4)
           << actionAt(u"action_reminder"_s, 5);
    const QList<ReplayPart> parts = ReplayPlanner::parts(0, u"c1"_s, events);
    QCOMPARE(outline(parts.first()), QStringList{u"greet@3 utter_greet@4 action_listen@5"_s});
}

void TestReplayPlanner::sessionPlansEveryConversation()
{
    SessionData data;
    for (const QString &id : {u"a"_s, u"b"_s, u"empty"_s}) {
        Conversation conversation;
        conversation.id = id;
        conversation.events = sessionStart(1);
        if (id != u"empty")
            conversation.events << userSaying(u"greet"_s, 2) << actionAt(u"utter_greet"_s, 3);
        data.conversations.append(conversation);
    }
    const ReplaySession session = ReplayPlanner::session(u"s.coach"_s, data);
    QCOMPARE(session.file, u"s.coach"_s);
    QCOMPARE(session.parts.size(), 2);
    QCOMPARE(session.parts.at(0).conversationId, u"a"_s);
    QCOMPARE(session.parts.at(1).conversation, 1);
    // Ends without action_listen (exported mid-turn): only what was annotated.
    QCOMPARE(session.parts.at(1).turns.first().expectedActions(), QStringList{u"utter_greet"_s});
}

QTEST_GUILESS_MAIN(TestReplayPlanner)
#include "tst_replayplanner.moc"
