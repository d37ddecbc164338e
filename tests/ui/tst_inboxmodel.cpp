#include "inbox/inboxindex.h"
#include "inboxmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

// The inbox table: newest first, filtered, handed to the view a page at a
// time, review state in its columns.
class TestInboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesOfRowsNewestFirst();
    void filtersAndCounts();
    void reviewColumns();
    void rowOfFetchesUpToIt();

private:
    InboxService::Snapshot m_index;
};

void TestInboxModel::initTestCase()
{
    auto index = std::make_shared<InboxIndex>();
    for (int i = 0; i < 1000; ++i) {
        EventRow row;
        row.id = i + 1;
        row.senderId = u"c%1"_s.arg(i, 4, 10, QChar(u'0'));
        row.typeName = u"user"_s;
        row.timestamp = 1000.0 + i;
        row.intentName = i % 2 ? u"greet"_s : u"goodbye"_s;
        InboxIndex::UserData data;
        data.text = u"message %1"_s.arg(i);
        data.folded = data.text;
        data.confidence = (i % 10) / 10.0;
        index->addRow(row, data);
    }
    m_index = index;
}

void TestInboxModel::pagesOfRowsNewestFirst()
{
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(m_index);
    QCOMPARE(model.matchCount(), 1000);
    QCOMPARE(model.rowCount(), InboxModel::PageSize);
    QCOMPARE(model.senderAt(0), u"c0999"_s);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * InboxModel::PageSize);
    QCOMPARE(model.data(model.index(0, InboxModel::Turns)).toInt(), 1);
    QCOMPARE(model.data(model.index(0, InboxModel::LatestIntent)).toString(), u"greet"_s);
    QCOMPARE(model.data(model.index(0, InboxModel::LowestConfidence), InboxModel::RawValueRole)
                 .toDouble(),
             0.9);
    QCOMPARE(model.data(model.index(0, 0), InboxModel::SenderIdRole).toString(), u"c0999"_s);
    QVERIFY(!model.headerData(InboxModel::LastActivity, Qt::Horizontal).toString().isEmpty());
}

void TestInboxModel::filtersAndCounts()
{
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &InboxModel::matchCountChanged);
    model.setIndex(m_index);
    InboxFilter filter;
    filter.intents = {u"greet"_s};
    filter.below = 0.35;
    model.setFilter(filter);
    QCOMPARE(model.matchCount(), 200); // odd i with i % 10 in {1, 3}
    QCOMPARE(counted.last().first().toInt(), 200);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.senders(0, 3), (QStringList{u"c0993"_s, u"c0991"_s, u"c0983"_s}));
}

void TestInboxModel::reviewColumns()
{
    InboxModel model;
    model.setIndex(m_index);
    ConversationReview mine;
    mine.senderId = u"c0999"_s;
    mine.claimedBy = u"ada"_s;
    mine.claimExpires = QDateTime::currentDateTimeUtc().addSecs(600);
    ConversationReview theirs;
    theirs.senderId = u"c0998"_s;
    theirs.claimedBy = u"bob"_s;
    theirs.claimExpires = QDateTime::currentDateTimeUtc().addSecs(600);
    theirs.tags = {u"billing"_s, u"rude"_s};
    model.setReviews({{mine.senderId, mine}, {theirs.senderId, theirs}}, u"ada"_s);
    QCOMPARE(model.data(model.index(0, InboxModel::Review)).toString(), u"claimed by you"_s);
    QVERIFY(model.data(model.index(1, InboxModel::Review)).toString().contains(u"bob"_s));
    QCOMPARE(model.data(model.index(1, InboxModel::Tags)).toString(), u"billing, rude"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    mine.reviewed = true;
    mine.reviewedBy = u"ada"_s;
    mine.claimedBy.clear();
    model.updateReview(mine);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.data(model.index(0, InboxModel::Review)).toString().contains(u"reviewed"_s));
    InboxFilter notReviewed;
    notReviewed.review = InboxFilter::Review::NotReviewed;
    model.setFilter(notReviewed);
    QCOMPARE(model.matchCount(), 999);
    InboxFilter tagged;
    tagged.tags = {u"rude"_s};
    model.setFilter(tagged);
    QCOMPARE(model.senders(0, 10), QStringList{u"c0998"_s});
}

void TestInboxModel::rowOfFetchesUpToIt()
{
    InboxModel model;
    model.setIndex(m_index);
    QCOMPARE(model.rowOf(u"c0000"_s), 999);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.rowOf(u"nobody"_s), -1);
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
