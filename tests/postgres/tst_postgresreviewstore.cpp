#include "inbox/postgresreviewstore.h"
#include "inbox/reviewschema.h"

#include "testsupport/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

// The team's review state on a real PostgreSQL: the schema is created and
// migrated by the app, claims are exclusive (row locks, SKIP LOCKED), and
// every annotator hears of the others' changes (LISTEN/NOTIFY).
class TestPostgresReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsAndMigratesTheSchema();
    void refusesANewerSchema();
    void stateIsShared();
    void claimsAreExclusive();
    void twoAppsNeverClaimTheSameConversation();
    void racingForOneConversationOneWins();
    void othersHearOfChanges();
    void storesAreKeptApart();

private:
    //! Runs work(0) and work(1) at the same time in two threads.
    static bool race(const std::function<void(int)> &work);
    std::unique_ptr<PostgresReviewStore> open(const QString &annotator,
                                              const QString &store = u"store-a"_s);

    std::unique_ptr<TestDatabase> m_database;
};

void TestPostgresReviewStore::init()
{
    m_database = std::make_unique<TestDatabase>(TestDatabase::Dialect::PostgreSql);
    const Status created = m_database->create();
    QVERIFY2(created, qPrintable(created.error().toString()));
}

void TestPostgresReviewStore::cleanup()
{
    m_database.reset();
}

bool TestPostgresReviewStore::race(const std::function<void(int)> &work)
{
    QThread *first = QThread::create(work, 0);
    QThread *second = QThread::create(work, 1);
    first->start();
    second->start();
    const bool finished = first->wait(120000) && second->wait(120000);
    delete first;
    delete second;
    return finished;
}

std::unique_ptr<PostgresReviewStore> TestPostgresReviewStore::open(const QString &annotator,
                                                                   const QString &store)
{
    auto review = std::make_unique<PostgresReviewStore>(store, annotator);
    const Status status = review->open(m_database->address());
    if (!status) {
        QTest::qFail(qPrintable(status.error().toString()), __FILE__, __LINE__);
        return nullptr;
    }
    return review;
}

void TestPostgresReviewStore::createsAndMigratesTheSchema()
{
    QCOMPARE(ReviewSchema::version(m_database->writer()).valueOr(-1), 0);
    auto first = open(u"ada"_s);
    QVERIFY(first);
    QCOMPARE(ReviewSchema::version(m_database->writer()).valueOr(-1), ReviewSchema::CurrentVersion);
    // Opening again (another app, or the same later) changes nothing; two at once do not collide.
    QThread *other = QThread::create([this] {
        PostgresReviewStore store(u"store-a"_s, u"bob"_s);
        QVERIFY(store.open(m_database->address()));
    });
    other->start();
    auto second = open(u"cy"_s);
    QVERIFY(other->wait(30000));
    delete other;
    QVERIFY(second);
    QSqlQuery query(m_database->writer());
    QVERIFY(query.exec(u"SELECT count(*) FROM coach_review.schema_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestPostgresReviewStore::refusesANewerSchema()
{
    QVERIFY(open(u"ada"_s));
    QSqlQuery query(m_database->writer());
    QVERIFY(query.exec(u"UPDATE coach_review.schema_version SET version = 99"_s));
    PostgresReviewStore store(u"store-a"_s, u"ada"_s);
    const Status status = store.open(m_database->address());
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(u"newer"_s), qPrintable(status.error().message));
}

void TestPostgresReviewStore::stateIsShared()
{
    auto ada = open(u"ada"_s);
    auto bob = open(u"bob"_s);
    QVERIFY(ada && bob);
    QVERIFY(ada->setReviewed(u"conv-ü"_s, true));
    QVERIFY(ada->setTags(u"conv-ü"_s,
                         {u"wrong intent"_s, u"a\"quote"_s, u"wrong intent"_s, u"back\\slash"_s}));
    QVERIFY(ada->setNotes(u"conv-ü"_s, u"asks for 100% refunds"_s));
    const Result<QHash<QString, ConversationReview>> all = bob->loadAll();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    const ConversationReview review = all->value(u"conv-ü"_s);
    QVERIFY(review.reviewed);
    QCOMPARE(review.reviewedBy, u"ada"_s);
    QVERIFY(qAbs(review.reviewedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(review.tags, (QStringList{u"a\"quote"_s, u"back\\slash"_s, u"wrong intent"_s}));
    QCOMPARE(review.notes, u"asks for 100% refunds"_s);
    QVERIFY(bob->setReviewed(u"conv-ü"_s, false));
    const ConversationReview undone = ada->load(u"conv-ü"_s).valueOr({});
    QVERIFY(!undone.reviewed);
    QVERIFY(undone.reviewedBy.isEmpty());
    QCOMPARE(undone.tags.size(), 3);
}

void TestPostgresReviewStore::claimsAreExclusive()
{
    auto ada = open(u"ada"_s);
    auto bob = open(u"bob"_s);
    QVERIFY(ada && bob);
    QVERIFY(ada->claim(u"c1"_s)->claimed);
    QVERIFY(ada->claim(u"c1"_s)->claimed); // renewing one's own claim
    const Result<ReviewStore::ClaimResult> taken = bob->claim(u"c1"_s);
    QVERIFY(taken && !taken->claimed);
    QCOMPARE(taken->holder, u"ada"_s);
    QCOMPARE(bob->claimNext({u"c1"_s, u"c2"_s}).valueOr({}), u"c2"_s);
    QVERIFY(bob->release(u"c1"_s)); // not bob's: nothing happens
    QVERIFY(!bob->claim(u"c1"_s)->claimed);
    QVERIFY(ada->release(u"c1"_s));
    QVERIFY(bob->claim(u"c1"_s)->claimed);
    // A claim that expired is free again.
    QSqlQuery query(m_database->writer());
    QVERIFY(query.exec(
        u"UPDATE coach_review.conversations SET claim_expires = now() - interval '1 second'"_s));
    QVERIFY(ada->claim(u"c1"_s)->claimed);
    // Reviewed conversations are not offered.
    QVERIFY(ada->setReviewed(u"c3"_s, true));
    QCOMPARE(bob->claimNext({u"c1"_s, u"c3"_s}).valueOr(u"?"_s), QString());
}

void TestPostgresReviewStore::twoAppsNeverClaimTheSameConversation()
{
    QStringList candidates;
    for (int i = 0; i < 120; ++i)
        candidates.append(u"conversation-%1"_s.arg(i));
    QVERIFY(open(u"setup"_s)); // the schema, before the race
    QStringList claimed[2];
    QString errors[2];
    const auto work = [&](int who) {
        PostgresReviewStore store(u"store-a"_s, u"annotator-%1"_s.arg(who));
        if (const Status status = store.open(m_database->address()); !status) {
            errors[who] = status.error().toString();
            return;
        }
        for (;;) {
            const Result<QString> next = store.claimNext(candidates);
            if (!next) {
                errors[who] = next.error().toString();
                return;
            }
            if (next->isEmpty())
                return;
            claimed[who].append(*next);
            // Done with it: the next claim moves on, as an annotator would.
            if (const Status status = store.setReviewed(*next, true); !status) {
                errors[who] = status.error().toString();
                return;
            }
        }
    };
    QVERIFY(race(work));
    QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
    QVERIFY2(!claimed[0].isEmpty() && !claimed[1].isEmpty(), "both annotators got work");
    QStringList all = claimed[0] + claimed[1];
    std::sort(all.begin(), all.end());
    QStringList expected = candidates;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(all, expected); // every conversation claimed exactly once
}

void TestPostgresReviewStore::racingForOneConversationOneWins()
{
    QVERIFY(open(u"setup"_s));
    constexpr int Rounds = 40;
    int wins[2] = {0, 0};
    const auto work = [&](int who) {
        PostgresReviewStore store(u"store-a"_s, u"annotator-%1"_s.arg(who));
        if (!store.open(m_database->address()))
            return;
        for (int round = 0; round < Rounds; ++round) {
            const Result<ReviewStore::ClaimResult> result = store.claim(u"race-%1"_s.arg(round));
            wins[who] += result && result->claimed;
        }
    };
    QVERIFY(race(work));
    QCOMPARE(wins[0] + wins[1], Rounds);
}

void TestPostgresReviewStore::othersHearOfChanges()
{
    auto ada = open(u"ada"_s);
    auto bob = open(u"bob"_s);
    QVERIFY(ada && bob);
    QSignalSpy bobHeard(bob.get(), &ReviewStore::reviewChanged);
    QSignalSpy adaHeard(ada.get(), &ReviewStore::reviewChanged);
    QVERIFY(ada->setTags(u"conv-1"_s, {u"billing"_s}));
    QCOMPARE(adaHeard.size(), 1); // its own change, at once
    QVERIFY(bobHeard.wait(5000));
    QCOMPARE(bobHeard.first().first().toString(), u"conv-1"_s);
    QCOMPARE(bob->load(u"conv-1"_s).valueOr({}).tags, QStringList{u"billing"_s});
    // Notifications arrive in commit order: once ada hears bob's later
    // change, her own NOTIFY has arrived too and was not reported again.
    QVERIFY(bob->setNotes(u"conv-2"_s, u"later"_s));
    QTRY_COMPARE_WITH_TIMEOUT(adaHeard.size(), 2, 5000);
    QCOMPARE(adaHeard.last().first().toString(), u"conv-2"_s);
}

void TestPostgresReviewStore::storesAreKeptApart()
{
    auto a = open(u"ada"_s, u"store-a"_s);
    auto b = open(u"ada"_s, u"store-b"_s);
    auto otherA = open(u"bob"_s, u"store-a"_s);
    auto otherB = open(u"bob"_s, u"store-b"_s);
    QVERIFY(a && b && otherA && otherB);
    QSignalSpy heardByB(b.get(), &ReviewStore::reviewChanged);
    QVERIFY(otherA->setReviewed(u"same-id"_s, true));
    QVERIFY(a->claim(u"same-id"_s)->claimed);
    QVERIFY(
        b->claim(u"same-id"_s)->claimed); // the same id in another store is another conversation
    QCOMPARE(b->loadAll()->value(u"same-id"_s).reviewed, false);
    QCOMPARE(a->loadAll()->value(u"same-id"_s).reviewed, true);
    QVERIFY(otherB->setNotes(u"only-in-b"_s, u"x"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(heardByB.cbegin(), heardByB.cend(),
                    [](const QList<QVariant> &args) { return args.first() == u"only-in-b"_s; }),
        5000);
    // store-a's earlier changes were announced first and not passed on to b.
    for (const QList<QVariant> &args : heardByB)
        QVERIFY(args.first() == u"only-in-b"_s || args.first() == u"same-id"_s);
    QCOMPARE(
        std::count_if(heardByB.cbegin(), heardByB.cend(),
                      [](const QList<QVariant> &args) { return args.first() == u"same-id"_s; }),
        1); // only b's own claim
}

QTEST_GUILESS_MAIN(TestPostgresReviewStore)
#include "tst_postgresreviewstore.moc"
