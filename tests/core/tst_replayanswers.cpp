#include "replay/replayanswers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;
using Kind = ReplayDifference::Kind;

namespace {

//! "I fly to Berlin", annotated inform + city=Berlin; the model read
//! book_flight with city=Berlin role=to, and predicted utter_ask_date
//! instead of utter_confirm.
ReplayTurn flightTurn()
{
    ReplayTurn turn;
    turn.eventIndex = 7;
    const Entity annotated = Entity::onSpan(u"city"_s, u"Berlin"_s, 9, 15);
    turn.user =
        Event::user(u"I fly to Berlin"_s,
                    ParseData::corrected(u"I fly to Berlin"_s, u"inform"_s, {annotated}), 5.0);
    turn.parsed = true;
    turn.replayed = true;
    turn.predicted = ParseData(QJsonObject{
        {u"text"_s, u"I fly to Berlin"_s},
        {u"intent"_s, QJsonObject{{u"name"_s, u"book_flight"_s}, {u"confidence"_s, 0.8}}},
        {u"intent_ranking"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"book_flight"_s}, {u"confidence"_s, 0.8}},
                    QJsonObject{{u"name"_s, u"inform"_s}, {u"confidence"_s, 0.2}}}},
        {u"entities"_s,
         QJsonArray{Entity::onSpan(u"city"_s, u"Berlin"_s, 9, 15, u"to"_s).toJson()}}});
    ReplayAction confirm;
    confirm.expected = u"utter_confirm"_s;
    confirm.eventIndex = 8;
    confirm.replayed = true;
    confirm.predicted = u"utter_ask_date"_s;
    confirm.confidence = 0.66;
    confirm.policy = u"TEDPolicy"_s;
    ReplayAction listen;
    listen.expected = u"action_listen"_s;
    listen.eventIndex = 10;
    listen.replayed = true;
    listen.predicted = u"action_listen"_s;
    turn.actions = {confirm, listen};
    return turn;
}

} // namespace

class TestReplayAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEachDifference();
    void pointsAtTheEventToRewrite();
    void acceptingTheIntentKeepsTheRest();
    void acceptingTheEntities();
    void acceptingAnAction();
    void acceptedFollowsTheEvent();
};

void TestReplayAnswers::listsEachDifference()
{
    const ReplayTurn turn = flightTurn();
    QCOMPARE(ReplayAnswers::differences(turn),
             (QList<ReplayDifference>{{Kind::Intent}, {Kind::Entities}, {Kind::Action, 0}}));
    ReplayTurn pending = turn;
    pending.replayed = false;
    QCOMPARE(ReplayAnswers::differences(pending), QList<ReplayDifference>());
}

void TestReplayAnswers::pointsAtTheEventToRewrite()
{
    const ReplayTurn turn = flightTurn();
    QCOMPARE(ReplayAnswers::eventIndex(turn, {Kind::Intent}), 7);
    QCOMPARE(ReplayAnswers::eventIndex(turn, {Kind::Entities}), 7);
    QCOMPARE(ReplayAnswers::eventIndex(turn, {Kind::Action, 0}), 8);
    QCOMPARE(ReplayAnswers::eventIndex(turn, {Kind::Action, 5}), -1);
}

void TestReplayAnswers::acceptingTheIntentKeepsTheRest()
{
    const ReplayTurn turn = flightTurn();
    const Event accepted = ReplayAnswers::accepted(turn.user, turn, {Kind::Intent});
    QCOMPARE(accepted.userIntent(), u"book_flight"_s);
    QCOMPARE(accepted.parseData().intentConfidence(), std::optional<double>(0.8));
    QCOMPARE(accepted.parseData().intentRanking().size(), 2);
    QCOMPARE(accepted.userEntities(), turn.user.userEntities()); // the annotator's entities stay
    QCOMPARE(accepted.text(), turn.user.text());
    QCOMPARE(accepted.timestamp(), turn.user.timestamp());
}

void TestReplayAnswers::acceptingTheEntities()
{
    const ReplayTurn turn = flightTurn();
    const Event accepted = ReplayAnswers::accepted(turn.user, turn, {Kind::Entities});
    QCOMPARE(accepted.userIntent(), u"inform"_s);
    QCOMPARE(accepted.userEntities().size(), 1);
    QCOMPARE(accepted.userEntities().first().role(), u"to"_s);
}

void TestReplayAnswers::acceptingAnAction()
{
    const ReplayTurn turn = flightTurn();
    const Event action = Event::action(u"utter_confirm"_s, u"RulePolicy"_s, 1.0, 6.0);
    const Event accepted = ReplayAnswers::accepted(action, turn, {Kind::Action, 0});
    QCOMPARE(accepted.type(), EventType::Action);
    QCOMPARE(accepted.name(), u"utter_ask_date"_s);
    QCOMPARE(accepted.policy(), u"TEDPolicy"_s);
    QCOMPARE(accepted.confidence(), std::optional<double>(0.66));
    QCOMPARE(accepted.timestamp(), std::optional<double>(6.0));
}

void TestReplayAnswers::acceptedFollowsTheEvent()
{
    const ReplayTurn turn = flightTurn();
    QVERIFY(!ReplayAnswers::isAccepted(turn.user, turn, {Kind::Intent}));
    const Event intent = ReplayAnswers::accepted(turn.user, turn, {Kind::Intent});
    QVERIFY(ReplayAnswers::isAccepted(intent, turn, {Kind::Intent}));
    QVERIFY(!ReplayAnswers::isAccepted(intent, turn, {Kind::Entities}));
    // Both accepted, one after the other, on the same event.
    const Event both = ReplayAnswers::accepted(intent, turn, {Kind::Entities});
    QVERIFY(ReplayAnswers::isAccepted(both, turn, {Kind::Intent}));
    QVERIFY(ReplayAnswers::isAccepted(both, turn, {Kind::Entities}));
    const Event action = Event::action(u"utter_confirm"_s);
    QVERIFY(!ReplayAnswers::isAccepted(action, turn, {Kind::Action, 0}));
    QVERIFY(ReplayAnswers::isAccepted(ReplayAnswers::accepted(action, turn, {Kind::Action, 0}),
                                      turn, {Kind::Action, 0}));
}

QTEST_GUILESS_MAIN(TestReplayAnswers)
#include "tst_replayanswers.moc"
