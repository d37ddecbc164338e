#include "slotsmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestSlotsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsValues();
    void updatesInPlaceAndMarksChanges();
    void insertsAndRemoves();
};

void TestSlotsModel::showsValues()
{
    SlotsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSlotValues({{u"city"_s, u"Berlin"_s},
                         {u"people"_s, QJsonArray{1, 2}},
                         {u"requested_slot"_s, QJsonValue()}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, SlotsModel::Value).data().toString(), u"Berlin"_s);
    QCOMPARE(model.index(1, SlotsModel::Value).data().toString(), u"[1, 2]"_s);
    QCOMPARE(model.index(2, SlotsModel::Value).data().toString(), u"null"_s);
    QCOMPARE(model.index(1, SlotsModel::Value).data(SlotsModel::RawValueRole).value<QJsonValue>(),
             QJsonValue(QJsonArray{1, 2}));
}

void TestSlotsModel::updatesInPlaceAndMarksChanges()
{
    SlotsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSlotValues({{u"city"_s, QJsonValue()}, {u"cuisine"_s, QJsonValue()}});
    QVERIFY(!model.index(0, 0).data(SlotsModel::ChangedRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSlotValues({{u"city"_s, u"Rome"_s}, {u"cuisine"_s, QJsonValue()}});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QVERIFY(model.index(0, 0).data(SlotsModel::ChangedRole).toBool());
    QVERIFY(model.index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, 0).data(SlotsModel::ChangedRole).toBool());
    // The next update without a change clears the mark.
    model.setSlotValues({{u"city"_s, u"Rome"_s}, {u"cuisine"_s, QJsonValue()}});
    QVERIFY(!model.index(0, 0).data(SlotsModel::ChangedRole).toBool());
}

void TestSlotsModel::insertsAndRemoves()
{
    SlotsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSlotValues({{u"a"_s, 1}, {u"b"_s, 2}});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSlotValues({{u"b"_s, 2}, {u"c"_s, 3}});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.slotValues(), (QList<SlotValue>{{u"b"_s, 2}, {u"c"_s, 3}}));
}

QTEST_MAIN(TestSlotsModel)
#include "tst_slotsmodel.moc"
