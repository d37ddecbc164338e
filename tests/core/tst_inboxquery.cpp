#include "inbox/inboxfilter.h"
#include "inbox/inboxindex.h"
#include "inbox/inboxsource.h"

#include "testsupport/testdatabase.h"
#include "testsupport/trackerstoregenerator.h"
#include "testsupport/trackerstorewriter.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Coach::InboxFilter)

// Also built for PostgreSQL (tests/postgres, COACH_TEST_POSTGRES).
// Every filter of the inbox, alone and combined, against a computation of
// its own over what the generator wrote (not over the inbox's index).
class TestInboxQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summariesAreTheGeneratedOnes();
    void everyFilterAlone_data();
    void everyFilterAlone();
    void combinations();
    void emptyFilterListsAllNewestFirst();

private:
    QStringList actual(const InboxFilter &filter) const;
    QStringList expected(const InboxFilter &filter) const;
    static bool matches(const GeneratedConversation &c, const InboxFilter &filter);
    InboxFilter randomFilter(QRandomGenerator &random) const;

    TestDatabase m_database{BuildDialect};
    std::unique_ptr<TrackerStoreGenerator> m_generator;
    InboxSource m_source;
    QList<double> m_lastEvents; //!< sorted, for time bounds
};

void TestInboxQuery::initTestCase()
{
    const Status created = m_database.create();
    QVERIFY2(created, qPrintable(created.error().toString()));
    TrackerStoreGenerator::Options options;
    options.conversations = 400;
    options.seed = 42;
    m_generator = std::make_unique<TrackerStoreGenerator>(options);
    const Status written = TrackerStoreWriter(m_database.writer()).write(*m_generator);
    QVERIFY2(written, qPrintable(written.error().toString()));
    const Status opened = m_source.open(m_database.address());
    QVERIFY2(opened, qPrintable(opened.error().toString()));
    const Result<InboxSource::RefreshStats> refreshed = m_source.refresh();
    QVERIFY2(refreshed, qPrintable(refreshed.error().toString()));
    QCOMPARE(refreshed->rowsRead, m_generator->rowCount());
    for (const GeneratedConversation &conversation : m_generator->conversations())
        m_lastEvents.append(*conversation.lastEvent);
    std::sort(m_lastEvents.begin(), m_lastEvents.end());
}

void TestInboxQuery::summariesAreTheGeneratedOnes()
{
    const InboxIndex &index = m_source.index();
    QCOMPARE(index.conversations().size(), m_generator->conversations().size());
    for (const GeneratedConversation &truth : m_generator->conversations()) {
        const int i = index.conversationIndex(truth.senderId);
        QVERIFY2(i >= 0, qPrintable(truth.senderId));
        const InboxIndex::Conversation &c = index.conversations().at(i);
        QCOMPARE(c.events, truth.events);
        QCOMPARE(c.userTurns, truth.userMessages.size());
        QCOMPARE(c.firstEvent, truth.firstEvent);
        QCOMPARE(c.lastEvent, truth.lastEvent);
        std::optional<double> lowest;
        for (const auto &message : truth.userMessages) {
            if (message.confidence && (!lowest || *message.confidence < *lowest))
                lowest = message.confidence;
        }
        QCOMPARE(c.minConfidence, lowest);
        const std::optional<QString> latest =
            truth.userMessages.isEmpty() ? std::nullopt : truth.userMessages.last().intent;
        QCOMPARE(index.name(c.latestIntent), latest.value_or(QString()));
        QCOMPARE(c.fallback, truth.actions.contains(u"action_default_fallback"_s));
    }
}

bool TestInboxQuery::matches(const GeneratedConversation &c, const InboxFilter &filter)
{
    const auto anyMessage = [&](auto predicate) {
        return std::any_of(c.userMessages.cbegin(), c.userMessages.cend(), predicate);
    };
    if (!filter.intents.isEmpty() && !anyMessage([&](const auto &m) {
            return m.intent && filter.intents.contains(*m.intent);
        }))
        return false;
    if (!filter.actions.isEmpty()
        && std::none_of(c.actions.cbegin(), c.actions.cend(),
                        [&](const QString &a) { return filter.actions.contains(a); }))
        return false;
    if (filter.below && !anyMessage([&](const auto &m) {
            return m.confidence && *m.confidence < *filter.below;
        }))
        return false;
    if ((filter.since && *c.lastEvent < *filter.since)
        || (filter.until && *c.lastEvent > *filter.until))
        return false;
    if (c.userMessages.size() < filter.minTurns)
        return false;
    return filter.text.isEmpty() || anyMessage([&](const auto &m) {
               return m.text.toCaseFolded().contains(filter.text.toCaseFolded());
           });
}

QStringList TestInboxQuery::expected(const InboxFilter &filter) const
{
    QList<GeneratedConversation> found;
    for (const GeneratedConversation &c : m_generator->conversations()) {
        if (matches(c, filter))
            found.append(c);
    }
    // Code-point order is UTF-8's byte order.
    std::sort(found.begin(), found.end(),
              [](const GeneratedConversation &a, const GeneratedConversation &b) {
                  if (*a.lastEvent != *b.lastEvent)
                      return *a.lastEvent > *b.lastEvent;
                  return a.senderId.toUtf8() < b.senderId.toUtf8();
              });
    QStringList ids;
    for (const GeneratedConversation &c : found)
        ids.append(c.senderId);
    return ids;
}

QStringList TestInboxQuery::actual(const InboxFilter &filter) const
{
    QStringList ids;
    for (int i : InboxQuery::run(m_source.index(), filter))
        ids.append(m_source.index().conversations().at(i).senderId);
    return ids;
}

void TestInboxQuery::everyFilterAlone_data()
{
    QTest::addColumn<InboxFilter>("filter");
    const auto add = [](const char *name, auto change) {
        InboxFilter filter;
        change(filter);
        QTest::newRow(name) << filter;
    };
    add("intent greet", [](InboxFilter &f) { f.intents = {u"greet"_s}; });
    add("intents any of", [](InboxFilter &f) {
        f.intents = {u"bot_challenge"_s, u"nlu_fallback"_s};
    });
    add("intent restart", [](InboxFilter &f) { f.intents = {u"restart"_s}; });
    add("intent unknown", [](InboxFilter &f) { f.intents = {u"no_such_intent"_s}; });
    add("action utter", [](InboxFilter &f) { f.actions = {u"utter_cheer_up"_s}; });
    add("actions any of", [](InboxFilter &f) {
        f.actions = {u"action_default_fallback"_s, u"action_restart"_s};
    });
    add("action custom", [](InboxFilter &f) { f.actions = {u"action_search_restaurants"_s}; });
    add("slot name is no action", [](InboxFilter &f) { f.actions = {u"city"_s}; });
    for (double below : {0.1, 0.3, 0.5, 1.0, 1.01}) {
        InboxFilter filter;
        filter.below = below;
        QTest::addRow("below %g", below) << filter;
    }
    for (int turns : {0, 1, 5, 12, 1000}) {
        InboxFilter filter;
        filter.minTurns = turns;
        QTest::addRow("min turns %d", turns) << filter;
    }
    for (const QString &text :
         {u"zürich"_s, u"ZÜRICH"_s, u"100%"_s, u"%"_s, u"_"_s, u"50%_"_s, u"σίσυφος"_s,
          u"kelvin sign k"_s, u"strange"_s, u"STRASSE"_s, u"😀"_s, u"quantum"_s,
          u"Great, carry on!"_s, u"greet"_s, u"xyz-not-there"_s}) {
        InboxFilter filter;
        filter.text = text;
        QTest::addRow("text %s", qPrintable(text)) << filter;
    }
}

void TestInboxQuery::everyFilterAlone()
{
    QFETCH(InboxFilter, filter);
    QCOMPARE(actual(filter), expected(filter));
}

InboxFilter TestInboxQuery::randomFilter(QRandomGenerator &random) const
{
    static const QStringList intents{u"greet"_s, u"inform"_s, u"mood_unhappy"_s, u"nlu_fallback"_s,
                                     u"restart"_s};
    static const QStringList actions{u"utter_greet"_s, u"action_default_fallback"_s,
                                     u"utter_iamabot"_s, u"action_search_restaurants"_s};
    static const QStringList texts{u"zürich"_s, u"please"_s, u"%"_s, u"_"_s, u"i"_s, u"bye"_s};
    const auto sometimes = [&random] { return random.bounded(100) < 35; };
    const auto pick = [&random](const QStringList &from) {
        return from.at(random.bounded(from.size()));
    };
    InboxFilter filter;
    if (sometimes())
        filter.intents = {pick(intents), pick(intents)};
    if (sometimes())
        filter.actions = {pick(actions)};
    if (sometimes())
        filter.below = random.generateDouble();
    if (sometimes())
        filter.since = m_lastEvents.at(random.bounded(m_lastEvents.size()));
    if (sometimes())
        filter.until = m_lastEvents.at(random.bounded(m_lastEvents.size()));
    if (sometimes())
        filter.minTurns = random.bounded(15);
    if (sometimes())
        filter.text = pick(texts);
    return filter;
}

void TestInboxQuery::combinations()
{
    QRandomGenerator random(7);
    int nonEmpty = 0;
    for (int round = 0; round < 300; ++round) {
        const InboxFilter filter = randomFilter(random);
        const QStringList want = expected(filter);
        QCOMPARE(actual(filter), want);
        nonEmpty += !want.isEmpty();
    }
    QVERIFY2(nonEmpty > 100, "most combinations should find something");
    // Bounds are inclusive: a time equal to a last event keeps it.
    InboxFilter exact;
    exact.since = exact.until = m_lastEvents.at(m_lastEvents.size() / 2);
    QVERIFY(!actual(exact).isEmpty());
    QCOMPARE(actual(exact), expected(exact));
}

void TestInboxQuery::emptyFilterListsAllNewestFirst()
{
    const QStringList all = actual(InboxFilter());
    QCOMPARE(all.size(), m_generator->conversations().size());
    QCOMPARE(all, expected(InboxFilter()));
    // The twins tie on their last event: U+FF03 comes before U+1F600.
    QVERIFY(all.indexOf(u"\uFF03tie-1"_s) + 1 == all.indexOf(u"😀tie-1"_s));
}

QTEST_GUILESS_MAIN(TestInboxQuery)
#include "tst_inboxquery.moc"
