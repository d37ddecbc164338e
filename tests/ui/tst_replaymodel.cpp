#include "replayfiltermodel.h"
#include "replaymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;
using Kind = ReplayDifference::Kind;

namespace {

ReplayTurn planned(int index, const QString &text, const QString &intent,
                   const QStringList &actions)
{
    ReplayTurn turn;
    turn.index = index;
    turn.eventIndex = 3 + 4 * index;
    turn.user = Event::user(text, ParseData::corrected(text, intent, {}));
    for (const QString &name : actions) {
        ReplayAction action;
        action.expected = name;
        turn.actions.append(action);
    }
    return turn;
}

ReplayTurn replayed(ReplayTurn turn, const QString &intent, double confidence,
                    const QStringList &actions)
{
    turn.replayed = true;
    turn.parsed = true;
    turn.predicted = ParseData(
        QJsonObject{{u"text"_s, turn.text()},
                    {u"intent"_s, QJsonObject{{u"name"_s, intent}, {u"confidence"_s, confidence}}},
                    {u"entities"_s, QJsonArray()}});
    for (int i = 0; i < actions.size(); ++i) {
        turn.actions[i].predicted = actions.at(i);
        turn.actions[i].replayed = true;
    }
    return turn;
}

ReplaySession session()
{
    ReplayPart first;
    first.conversation = 0;
    first.conversationId = u"c1"_s;
    first.turns = {
        planned(0, u"hello"_s, u"greet"_s, {u"utter_greet"_s, u"action_listen"_s}),
        planned(1, u"I am great"_s, u"mood_great"_s, {u"utter_happy"_s, u"action_listen"_s})};
    ReplayPart second;
    second.conversation = 1;
    second.conversationId = u"c2"_s;
    second.part = 1;
    second.turns = {planned(0, u"bye"_s, u"goodbye"_s, {u"utter_goodbye"_s})};
    return ReplaySession{u"s.coach"_s, {first, second}};
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestReplayModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plannedTurnsArePending();
    void replayedTurnsShowBothSides();
    void settlingDifferences();
    void filterShowsOnlyDifferences();
};

void TestReplayModel::plannedTurnsArePending()
{
    ReplayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ReplayModel::ColumnCount));
    QCOMPARE(text(model, 2, ReplayModel::Conversation), u"c2, part 1"_s);
    QCOMPARE(text(model, 1, ReplayModel::User), u"I am great"_s);
    QCOMPARE(text(model, 1, ReplayModel::Intent), u"mood_great"_s);
    QCOMPARE(text(model, 1, ReplayModel::Actions), u"utter_happy, action_listen"_s);
    QCOMPARE(text(model, 1, ReplayModel::Result), u"pending"_s);
    QVERIFY(!model.index(1, ReplayModel::Result).data(ReplayModel::DiffersRole).toBool());
    QCOMPARE(model.rowOf(1, 0), 2);
    QCOMPARE(model.rowOf(1, 1), -1);
}

void TestReplayModel::replayedTurnsShowBothSides()
{
    ReplayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const ReplayTurn differing = replayed(model.turnAt(1), u"mood_unhappy"_s, 0.62,
                                          {u"utter_goodbye"_s, u"action_listen"_s});
    model.setTurn(0, 1, differing);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(model, 1, ReplayModel::Intent), u"mood_great → mood_unhappy (0.62), -0.38"_s);
    QCOMPARE(text(model, 1, ReplayModel::Actions), u"utter_happy → utter_goodbye, action_listen"_s);
    QCOMPARE(text(model, 1, ReplayModel::Result), u"differs"_s);
    QVERIFY(model.index(1, ReplayModel::Intent).data(ReplayModel::DiffersRole).toBool());
    QVERIFY(!model.index(1, ReplayModel::Entities).data(ReplayModel::DiffersRole).toBool());
    QVERIFY(model.index(1, ReplayModel::Actions).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, ReplayModel::User).data(Qt::BackgroundRole).isValid());
    QVERIFY(text(model, 1, ReplayModel::Result).size() > 0);
    QVERIFY(model.index(1, ReplayModel::Result)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"utter_goodbye"_s));

    model.setTurn(
        0, 0, replayed(model.turnAt(0), u"greet"_s, 0.9, {u"utter_greet"_s, u"action_listen"_s}));
    QCOMPARE(text(model, 0, ReplayModel::Result), u"agrees"_s);
    QCOMPARE(text(model, 0, ReplayModel::Intent), u"greet → greet (0.90), -0.10"_s);
}

void TestReplayModel::settlingDifferences()
{
    ReplayModel model;
    model.setSession(session());
    model.setTurn(0, 1,
                  replayed(model.turnAt(1), u"mood_unhappy"_s, 0.62,
                           {u"utter_goodbye"_s, u"action_listen"_s}));
    QCOMPARE(model.differences(1), (QList<ReplayDifference>{{Kind::Intent}, {Kind::Action, 0}}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResolution(1, {Kind::Intent}, ReplayModel::Resolution::Accepted);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.resolution(1, {Kind::Intent}), ReplayModel::Resolution::Accepted);
    QCOMPARE(text(model, 1, ReplayModel::Result), u"differs"_s); // the action is still open
    QVERIFY(model.index(1, 0).data(ReplayModel::OpenRole).toBool());
    model.setResolution(1, {Kind::Action, 0}, ReplayModel::Resolution::Kept);
    QCOMPARE(text(model, 1, ReplayModel::Result), u"settled"_s);
    QVERIFY(!model.index(1, 0).data(ReplayModel::OpenRole).toBool());
    model.setResolution(1, {Kind::Intent}, ReplayModel::Resolution::Open);
    QCOMPARE(text(model, 1, ReplayModel::Result), u"differs"_s);
    // A new result for the turn starts its review over.
    model.setResolution(1, {Kind::Intent}, ReplayModel::Resolution::Kept);
    model.setTurn(0, 1, model.turnAt(1));
    QCOMPARE(model.resolution(1, {Kind::Intent}), ReplayModel::Resolution::Open);
}

void TestReplayModel::filterShowsOnlyDifferences()
{
    ReplayModel model;
    ReplayFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session());
    filter.setOnlyDifferences(true);
    QCOMPARE(filter.rowCount(), 0); // nothing replayed yet
    model.setTurn(0, 1,
                  replayed(model.turnAt(1), u"mood_unhappy"_s, 0.62,
                           {u"utter_goodbye"_s, u"action_listen"_s}));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, ReplayModel::User).data().toString(), u"I am great"_s);
    model.setTurn(1, 0, replayed(model.turnAt(2), u"goodbye"_s, 0.9, {u"utter_goodbye"_s}));
    QCOMPARE(filter.rowCount(), 1);
    // Settled differences stay listed: the filter is about what the model said.
    model.setResolution(1, {Kind::Intent}, ReplayModel::Resolution::Kept);
    model.setResolution(1, {Kind::Action, 0}, ReplayModel::Resolution::Kept);
    QCOMPARE(filter.rowCount(), 1);
    filter.setOnlyDifferences(false);
    QCOMPARE(filter.rowCount(), 3);
}

QTEST_MAIN(TestReplayModel)
#include "tst_replaymodel.moc"
