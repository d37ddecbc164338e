#include "inbox/inboxservice.h"

#include "testsupport/testdatabase.h"
#include "testsupport/trackerstoregenerator.h"
#include "testsupport/trackerstorewriter.h"

#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

// The store seen from the UI thread: queries on the worker thread, an
// index snapshot after each change, new rows picked up by the timer, long
// conversations in two steps.
class TestInboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAndIndexes();
    void picksUpNewRows();
    void longConversationInTwoSteps();
    void shortConversationAtOnce();
    void reportsAStoreItCannotOpen();

private:
    TestDatabase m_database{TestDatabase::Dialect::Sqlite};
    QList<TrackerStoreRow> m_rows;
};

void TestInboxService::initTestCase()
{
    QVERIFY(m_database.create());
    TrackerStoreGenerator::Options options;
    options.conversations = 30;
    options.longConversationTurns = 150;
    TrackerStoreGenerator generator(options);
    generator.generate([this](const TrackerStoreRow &row) { m_rows.append(row); });
    QVERIFY(TrackerStoreWriter(m_database.writer()).createTable());
    QVERIFY(TrackerStoreWriter(m_database.writer()).insert(m_rows));
}

void TestInboxService::opensAndIndexes()
{
    InboxService service;
    QSignalSpy opened(&service, &InboxService::openFinished);
    QSignalSpy changed(&service, &InboxService::indexChanged);
    service.open(m_database.address(), {}, {});
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().at(0).toString(), QString());
    QVERIFY(service.isOpen());
    QVERIFY(changed.wait(10000));
    QCOMPARE(service.index()->conversations().size(), 31);
    QCOMPARE(service.index()->rowCount(), m_rows.size());
}

void TestInboxService::picksUpNewRows()
{
    InboxService service;
    service.setRefreshInterval(50);
    QSignalSpy changed(&service, &InboxService::indexChanged);
    service.open(m_database.address(), {}, {});
    QVERIFY(changed.wait(10000));
    TrackerStoreGenerator::Options options;
    options.conversations = 2;
    options.seed = 77;
    TrackerStoreGenerator more(options);
    QList<TrackerStoreRow> rows;
    more.generate([&rows](const TrackerStoreRow &row) {
        TrackerStoreRow renamed = row;
        renamed.senderId = u"new-"_s + row.senderId;
        rows.append(renamed);
    });
    QVERIFY(TrackerStoreWriter(m_database.writer()).insert(rows));
    QTRY_COMPARE_WITH_TIMEOUT(service.index()->conversations().size(), 33, 10000);
    QCOMPARE(service.index()->rowCount(), m_rows.size() + rows.size());
    m_rows += rows;
}

void TestInboxService::longConversationInTwoSteps()
{
    InboxService service;
    QSignalSpy changed(&service, &InboxService::indexChanged);
    QSignalSpy loaded(&service, &InboxService::conversationLoaded);
    service.open(m_database.address(), {}, {});
    QVERIFY(changed.wait(10000));
    service.loadConversation(u"long-conversation"_s, 100);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
    const EventList tail = loaded.at(0).at(1).value<EventList>();
    const EventList all = loaded.at(1).at(1).value<EventList>();
    QVERIFY(!loaded.at(0).at(2).toBool());
    QVERIFY(loaded.at(1).at(2).toBool());
    QCOMPARE(tail.size(), 100);
    const auto expected =
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const TrackerStoreRow &row) {
            return row.senderId == u"long-conversation";
        });
    QCOMPARE(all.size(), expected);
    QCOMPARE(all.mid(all.size() - 100), tail);
}

void TestInboxService::shortConversationAtOnce()
{
    InboxService service;
    QSignalSpy changed(&service, &InboxService::indexChanged);
    QSignalSpy loaded(&service, &InboxService::conversationLoaded);
    service.open(m_database.address(), {}, {});
    QVERIFY(changed.wait(10000));
    const QString sender = m_rows.first().senderId;
    service.loadConversation(sender, 1000);
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.first().at(2).toBool());
    QCOMPARE(
        loaded.first().at(1).value<EventList>().size(),
        service.index()->conversations().at(service.index()->conversationIndex(sender)).events);
}

void TestInboxService::reportsAStoreItCannotOpen()
{
    InboxService service;
    QSignalSpy opened(&service, &InboxService::openFinished);
    TrackerStoreAddress missing;
    missing.database = u"/no/such/folder/rasa.db"_s;
    service.open(missing, {}, {});
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().at(0).toString().contains(u"/no/such/folder/rasa.db"_s));
    QVERIFY(!service.isOpen());
    service.refresh(); // nothing to do, nothing breaks
}

QTEST_GUILESS_MAIN(TestInboxService)
#include "tst_inboxservice.moc"
