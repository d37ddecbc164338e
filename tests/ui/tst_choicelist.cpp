#include "choicefiltermodel.h"
#include "choicelist.h"
#include "choicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {
QList<Choice> intents()
{
    return {{u"greet"_s, 0.91, {}},
            {u"goodbye"_s, 0.05, {}},
            {u"mood_great"_s, 0.02, {}},
            {u"mood_unhappy"_s, 0.01, {}},
            {u"bot_challenge"_s, 0.0, {}},
            {u"my_action"_s, std::nullopt, u"created in this session"_s}};
}
} // namespace

class TestChoiceList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheTester();
    void enterPicksCurrent();
    void digitsPickVisibleRows();
    void typingFiltersAndEnterPicksFirstMatch();
    void unknownNameOffersCreate();
    void arrowsMove();
};

void TestChoiceList::modelsPassTheTester()
{
    ChoiceListModel model;
    ChoiceFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChoices(intents());
    QCOMPARE(proxy.rowCount(), 6);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"0.91  greet"_s);
    QCOMPARE(proxy.index(5, 0).data(ChoiceListModel::ScoreRole), QVariant());
    QVERIFY(proxy.index(5, 0).data().toString().contains(u"(created in this session)"_s));
    proxy.setFilterText(u"MOOD"_s);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"0.02  mood_great"_s);
    QCOMPARE(proxy.index(1, 0).data(ChoiceListModel::RawValueRole).toString(), u"mood_unhappy"_s);
}

void TestChoiceList::enterPicksCurrent()
{
    ChoiceList list;
    list.setChoices(intents(), u"goodbye"_s);
    QSignalSpy chosen(&list, &ChoiceList::chosen);
    QTest::keyClick(list.filterEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"goodbye"_s);
}

void TestChoiceList::digitsPickVisibleRows()
{
    ChoiceList list;
    list.setChoices(intents());
    QSignalSpy chosen(&list, &ChoiceList::chosen);
    QTest::keyClick(list.filterEdit(), Qt::Key_3);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"mood_great"_s);
    QTest::keyClick(list.filterEdit(), Qt::Key_9); // no ninth row: nothing
    QCOMPARE(chosen.size(), 1);
    QVERIFY(list.filterText().isEmpty());

    // Where a digit only selects, Enter picks.
    list.setDigitsPick(false);
    QTest::keyClick(list.filterEdit(), Qt::Key_1);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(list.currentName(), list.visibleName(0));
    QTest::keyClick(list.filterEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).at(0).toString(), list.visibleName(0));
}

void TestChoiceList::typingFiltersAndEnterPicksFirstMatch()
{
    ChoiceList list;
    list.setChoices(intents());
    QSignalSpy chosen(&list, &ChoiceList::chosen);
    QTest::keyClicks(list.filterEdit(), u"unhap"_s);
    QCOMPARE(list.visibleCount(), 1);
    QTest::keyClick(list.filterEdit(), Qt::Key_Return);
    QCOMPARE(chosen.at(0).at(0).toString(), u"mood_unhappy"_s);
    // With text typed, digits are text, not picks.
    list.setFilterText(u"mood_"_s);
    QTest::keyClick(list.filterEdit(), Qt::Key_2);
    QCOMPARE(list.filterText(), u"mood_2"_s);
    QCOMPARE(chosen.size(), 1);
}

void TestChoiceList::unknownNameOffersCreate()
{
    ChoiceList list;
    list.setCreateText(u"Create “%1”"_s);
    list.setChoices(intents());
    QSignalSpy create(&list, &ChoiceList::createRequested);
    QSignalSpy chosen(&list, &ChoiceList::chosen);
    QTest::keyClicks(list.filterEdit(), u"ask_weather"_s);
    QCOMPARE(list.visibleCount(), 0);
    QTest::keyClick(list.filterEdit(), Qt::Key_Return);
    QCOMPARE(create.size(), 1);
    QCOMPARE(create.at(0).at(0).toString(), u"ask_weather"_s);
    QCOMPARE(chosen.size(), 0);
}

void TestChoiceList::arrowsMove()
{
    ChoiceList list;
    list.setChoices(intents());
    QCOMPARE(list.currentName(), u"greet"_s);
    QTest::keyClick(list.filterEdit(), Qt::Key_Down);
    QTest::keyClick(list.filterEdit(), Qt::Key_Down);
    QCOMPARE(list.currentName(), u"mood_great"_s);
    QTest::keyClick(list.filterEdit(), Qt::Key_Up);
    QCOMPARE(list.currentName(), u"goodbye"_s);
    QTest::keyClick(list.filterEdit(), Qt::Key_PageDown);
    QCOMPARE(list.currentName(), u"my_action"_s);
}

QTEST_MAIN(TestChoiceList)
#include "tst_choicelist.moc"
