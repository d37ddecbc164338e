// StateTable: interning, and what Rasa's message says came before a state.

#include "conflicts/statetable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestStateTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interns();
    void previousEvent_data();
    void previousEvent();
};

void TestStateTable::interns()
{
    StateTable table;
    QCOMPARE(table.string(u"a"_s), table.string(u"a"_s));
    QVERIFY(table.string(u"a"_s) != table.string(u"b"_s));
    const qint32 greet = table.user({table.string(u"greet"_s), -1, -1});
    DialogueState state;
    state.user = greet;
    QCOMPARE(table.state(state), table.state(state));
    state.slotFeatures.append({table.string(u"flag"_s), table.string(u"true"_s)});
    QVERIFY(table.state(state) != table.state(DialogueState{greet, -1, -1, {}}));
    QCOMPARE(table.actionLabel(table.actionListen()), u"action_listen"_s);
    QCOMPARE(table.actionLabel(table.action({-1, table.string(u"Hello!"_s)})), u"Hello!"_s);
}

void TestStateTable::previousEvent_data()
{
    QTest::addColumn<QString>("intent");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("botText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("start") << ""
                           << ""
                           << ""
                           << ""
                           << "";
    QTest::newRow("intent after listen") << "greet"
                                         << ""
                                         << "action_listen"
                                         << ""
                                         << "intent 'greet'";
    QTest::newRow("action") << "greet"
                            << ""
                            << "utter_hi"
                            << ""
                            << "action 'utter_hi'";
    QTest::newRow("bot text") << "greet"
                              << ""
                              << ""
                              << "Hi!"
                              << "bot utterance 'Hi!'";
    QTest::newRow("user text") << ""
                               << "hello"
                               << "action_listen"
                               << ""
                               << "user utterance 'hello'";
    QTest::newRow("intent wins over text") << "greet"
                                           << "hello"
                                           << "action_listen"
                                           << ""
                                           << "intent 'greet'";
    QTest::newRow("listen alone") << ""
                                  << ""
                                  << "action_listen"
                                  << ""
                                  << "";
}

void TestStateTable::previousEvent()
{
    QFETCH(QString, intent);
    QFETCH(QString, text);
    QFETCH(QString, action);
    QFETCH(QString, botText);
    QFETCH(QString, expected);
    StateTable table;
    DialogueState state;
    if (!intent.isEmpty() || !text.isEmpty()) {
        state.user = table.user({intent.isEmpty() ? -1 : table.string(intent),
                                 text.isEmpty() ? -1 : table.string(text), -1});
    }
    if (!action.isEmpty())
        state.action = table.action({table.string(action), -1});
    else if (!botText.isEmpty())
        state.action = table.action({-1, table.string(botText)});
    const auto [type, name] = table.previousEvent(table.state(state));
    QCOMPARE(type.isEmpty() ? QString() : u"%1 '%2'"_s.arg(type, name), expected);
}

QTEST_GUILESS_MAIN(TestStateTable)
#include "tst_statetable.moc"
