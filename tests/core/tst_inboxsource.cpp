#include "inbox/inboxsource.h"

#include "testsupport/testdatabase.h"
#include "testsupport/trackerstoregenerator.h"
#include "testsupport/trackerstorewriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

// The index of a store kept current: only new rows are read, a cache of the
// app's own survives a restart, and anything that does not fit the cache
// (deleted rows, a row committed late, another store) reads all again.
class TestInboxSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsOnlyNewRows();
    void cacheSurvivesARestart();
    void deletedRowsRebuild();
    void lateRowBelowTheCacheRebuilds();
    void damagedOrForeignCacheIsIgnored();
    void cacheIsOwnerOnlyAndOptional();
    void cancelKeepsTheIndex();
    void readsConversationsInIdOrder();
    void damagedRowsAreReportedNotFatal();

private:
    QList<TrackerStoreRow> generate(int conversations, quint32 seed);
    void insert(const QList<TrackerStoreRow> &rows);
    //! Summaries of a fresh index over the whole store (no cache).
    static QStringList summary(const InboxIndex &index);
    QStringList freshSummary() const;

    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_cacheDir;
    QString m_cacheFile;
};

void TestInboxSource::init()
{
    m_database = std::make_unique<TestDatabase>(BuildDialect);
    const Status created = m_database->create();
    QVERIFY2(created, qPrintable(created.error().toString()));
    QVERIFY(TrackerStoreWriter(m_database->writer()).createTable());
    m_cacheFile =
        m_cacheDir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".index"_s);
}

void TestInboxSource::cleanup()
{
    m_database.reset();
}

QList<TrackerStoreRow> TestInboxSource::generate(int conversations, quint32 seed)
{
    TrackerStoreGenerator::Options options;
    options.conversations = conversations;
    options.seed = seed;
    TrackerStoreGenerator generator(options);
    QList<TrackerStoreRow> rows;
    generator.generate([&rows](const TrackerStoreRow &row) { rows.append(row); });
    return rows;
}

void TestInboxSource::insert(const QList<TrackerStoreRow> &rows)
{
    const Status status = TrackerStoreWriter(m_database->writer()).insert(rows);
    QVERIFY2(status, qPrintable(status.error().toString()));
}

QStringList TestInboxSource::summary(const InboxIndex &index)
{
    QStringList lines;
    for (const InboxIndex::Conversation &c : index.conversations()) {
        lines.append(u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(c.senderId)
                         .arg(c.events)
                         .arg(c.userTurns)
                         .arg(c.lastEvent.value_or(-1), 0, 'f', 6)
                         .arg(c.minConfidence.value_or(-1))
                         .arg(index.name(c.latestIntent), index.names(c.actions).join(u','),
                              index.names(c.intents).join(u',')));
    }
    lines.sort();
    return lines;
}

QStringList TestInboxSource::freshSummary() const
{
    InboxSource fresh;
    if (!fresh.open(m_database->address()) || !fresh.refresh())
        return {u"fresh index failed"_s};
    return summary(fresh.index());
}

void TestInboxSource::readsOnlyNewRows()
{
    const QList<TrackerStoreRow> first = generate(40, 1);
    insert(first);
    InboxSource source;
    QVERIFY(source.open(m_database->address(), {}, m_cacheFile));
    Result<InboxSource::RefreshStats> stats = source.refresh();
    QVERIFY(stats);
    QCOMPARE(stats->rowsRead, first.size());
    QVERIFY(stats->rebuilt);
    // New rows: some for known conversations, some for new ones.
    const QList<TrackerStoreRow> more = generate(10, 2).mid(0, 150) + first.mid(0, 30);
    insert(more);
    stats = source.refresh();
    QVERIFY(stats);
    QCOMPARE(stats->rowsRead, more.size());
    QVERIFY(!stats->rebuilt);
    QCOMPARE(summary(source.index()), freshSummary());
    stats = source.refresh();
    QCOMPARE(stats->rowsRead, 0);
}

void TestInboxSource::cacheSurvivesARestart()
{
    insert(generate(30, 3));
    {
        InboxSource source;
        QVERIFY(source.open(m_database->address(), {}, m_cacheFile));
        QVERIFY(source.refresh());
    }
    QVERIFY(QFile::exists(m_cacheFile));
    insert(generate(5, 4));
    InboxSource again;
    QVERIFY(again.open(m_database->address(), {}, m_cacheFile));
    QVERIFY(!again.index().isEmpty()); // loaded before any query
    const Result<InboxSource::RefreshStats> stats = again.refresh();
    QVERIFY(stats);
    QVERIFY(!stats->rebuilt);
    QCOMPARE(summary(again.index()), freshSummary());
}

void TestInboxSource::deletedRowsRebuild()
{
    insert(generate(30, 5));
    InboxSource source;
    QVERIFY(source.open(m_database->address(), {}, m_cacheFile));
    QVERIFY(source.refresh());
    QSqlQuery query(m_database->writer());
    QVERIFY(query.exec(u"DELETE FROM events WHERE id % 7 = 3"_s));
    const Result<InboxSource::RefreshStats> stats = source.refresh();
    QVERIFY(stats);
    QVERIFY(stats->rebuilt);
    QCOMPARE(summary(source.index()), freshSummary());
}

void TestInboxSource::lateRowBelowTheCacheRebuilds()
{
    const QList<TrackerStoreRow> rows = generate(20, 6);
    insert(rows);
    QSqlQuery query(m_database->writer());
    QVERIFY(query.exec(u"DELETE FROM events WHERE id = 10"_s)); // not committed yet, as it were
    InboxSource source;
    QVERIFY(source.open(m_database->address(), {}, m_cacheFile));
    QVERIFY(source.refresh());
    // The row arrives after the rows above it were read.
    query.prepare(
        u"INSERT INTO events (id, sender_id, type_name, timestamp, intent_name, action_name, data) "
        "VALUES (10, ?, ?, ?, ?, ?, ?)"_s);
    const TrackerStoreRow &late = rows.at(9);
    query.addBindValue(late.senderId);
    query.addBindValue(late.typeName);
    query.addBindValue(*late.timestamp);
    query.addBindValue(late.intentName ? QVariant(*late.intentName)
                                       : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(late.actionName ? QVariant(*late.actionName)
                                       : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(QString::fromUtf8(late.data));
    QVERIFY(query.exec());
    const Result<InboxSource::RefreshStats> stats = source.refresh();
    QVERIFY(stats);
    QVERIFY(stats->rebuilt);
    QCOMPARE(source.index().rowCount(), rows.size());
    QCOMPARE(summary(source.index()), freshSummary());
}

void TestInboxSource::damagedOrForeignCacheIsIgnored()
{
    insert(generate(15, 7));
    {
        InboxSource source;
        QVERIFY(source.open(m_database->address(), {}, m_cacheFile));
        QVERIFY(source.refresh());
    }
    QFile file(m_cacheFile);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    file.write("damaged!");
    file.close();
    InboxSource damaged;
    QVERIFY(damaged.open(m_database->address(), {}, m_cacheFile));
    QVERIFY(damaged.index().isEmpty());
    Result<InboxSource::RefreshStats> stats = damaged.refresh();
    QVERIFY(stats && stats->rebuilt);
    QCOMPARE(summary(damaged.index()), freshSummary());
    // The cache of one store is no cache for another one.
    TestDatabase other(BuildDialect);
    QVERIFY(other.create());
    QVERIFY(TrackerStoreWriter(other.writer()).createTable());
    InboxSource foreign;
    QVERIFY(foreign.open(other.address(), {}, m_cacheFile));
    QVERIFY(foreign.index().isEmpty());
    stats = foreign.refresh();
    QVERIFY(stats);
    QCOMPARE(foreign.index().conversations().size(), 0);
}

void TestInboxSource::cacheIsOwnerOnlyAndOptional()
{
    insert(generate(5, 8));
    InboxSource source;
    QVERIFY(source.open(m_database->address(), {}, m_cacheFile));
    QVERIFY(source.refresh());
    QCOMPARE(QFile::permissions(m_cacheFile)
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const QString none = m_cacheDir.filePath(u"never.index"_s);
    InboxSource uncached;
    QVERIFY(uncached.open(m_database->address()));
    QVERIFY(uncached.refresh());
    QVERIFY(!QFile::exists(none));
    QVERIFY(InboxSource::defaultCacheFile(m_database->address()).contains(u"inbox"_s));
}

void TestInboxSource::cancelKeepsTheIndex()
{
    insert(generate(60, 9));
    InboxSource source;
    QVERIFY(source.open(m_database->address()));
    int calls = 0;
    const Result<InboxSource::RefreshStats> stats =
        source.refresh([&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2 && calls < 1;
        });
    QVERIFY(!stats);
    QVERIFY(source.index().isEmpty());
    QVERIFY(source.refresh());
    QVERIFY(!source.index().isEmpty());
}

void TestInboxSource::readsConversationsInIdOrder()
{
    const QList<TrackerStoreRow> rows = generate(20, 10);
    insert(rows);
    InboxSource source;
    QVERIFY(source.open(m_database->address()));
    const QString sender = rows.at(rows.size() / 2).senderId;
    QList<QByteArray> expected;
    for (const TrackerStoreRow &row : rows) {
        if (row.senderId == sender)
            expected.append(row.data);
    }
    const auto all = source.reader().readConversation(sender);
    QVERIFY(all);
    QCOMPARE(all->events.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(all->events.at(i).toJson(), QJsonDocument::fromJson(expected.at(i)).object());
    QVERIFY(std::is_sorted(all->ids.cbegin(), all->ids.cend()));
    const auto tail = source.reader().readConversation(sender, 0, 3);
    QVERIFY(tail);
    QCOMPARE(tail->ids, all->ids.mid(all->ids.size() - 3));
    const auto before = source.reader().readConversation(sender, tail->ids.first());
    QVERIFY(before);
    QCOMPARE(before->ids + tail->ids, all->ids);
    QVERIFY(source.reader().readConversation(u"nobody"_s)->events.isEmpty());
}

void TestInboxSource::damagedRowsAreReportedNotFatal()
{
    insert(generate(3, 11));
    QSqlQuery query(m_database->writer());
    QVERIFY(query.exec(u"INSERT INTO events (sender_id, type_name, timestamp, intent_name, data) "
                       "VALUES ('broken', 'user', 5.5, 'greet', 'not json {')"_s));
    QVERIFY(query.exec(u"INSERT INTO events (sender_id, type_name, timestamp, data) "
                       "VALUES ('broken', 'action', NULL, NULL)"_s));
    InboxSource source;
    QVERIFY(source.open(m_database->address()));
    QVERIFY(source.refresh());
    const InboxIndex::Conversation &broken =
        source.index().conversations().at(source.index().conversationIndex(u"broken"_s));
    QCOMPARE(broken.userTurns, 1);
    QCOMPARE(broken.minConfidence, std::nullopt);
    QCOMPARE(broken.lastEvent, 5.5);
    const auto events = source.reader().readConversation(u"broken"_s);
    QVERIFY(events);
    QCOMPARE(events->events.size(), 0);
    QCOMPARE(events->problems.size(), 2);
}

QTEST_GUILESS_MAIN(TestInboxSource)
#include "tst_inboxsource.moc"
