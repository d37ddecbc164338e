#include "cli/inboxcommand.h"
#include "inbox/inboxfilter.h"
#include "inbox/inboxsource.h"

#include "testsupport/testdatabase.h"
#include "testsupport/trackerstoregenerator.h"
#include "testsupport/trackerstorewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

// `rasa-coach inbox`: flags, the JSON schema, CSV, sort order, --limit after
// sorting, exit codes.
class TestInboxCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonSchemaAndOrder();
    void flagsAreTheFilters_data();
    void flagsAreTheFilters();
    void limitAppliesAfterSorting();
    void csv();
    void endpointsFile();
    void badUsage_data();
    void badUsage();
    void unreadableStore();
    void cacheOnlyWhenAllowed();
    void passwordFromEnvironment();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString errors;
    };
    static Run run(const QStringList &arguments);
    QStringList store() const { return {u"--tracker-store"_s, m_database.url()}; }
    QStringList directIds(const InboxFilter &filter) const;

    TestDatabase m_database{BuildDialect};
    std::unique_ptr<TrackerStoreGenerator> m_generator;
    QTemporaryDir m_dir;
};

TestInboxCommand::Run TestInboxCommand::run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream errors(&result.errors);
    result.code = runInboxCommand(arguments, out, errors);
    return result;
}

void TestInboxCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Status created = m_database.create();
    QVERIFY2(created, qPrintable(created.error().toString()));
    TrackerStoreGenerator::Options options;
    options.conversations = 150;
    options.seed = 99;
    m_generator = std::make_unique<TrackerStoreGenerator>(options);
    QVERIFY(TrackerStoreWriter(m_database.writer()).write(*m_generator));
    // A sender id CSV must quote.
    QVERIFY(TrackerStoreWriter(m_database.writer())
                .insert({TrackerStoreRow::fromEvent(
                    u"comma, \"quoted\""_s,
                    *PyJson::parse(
                        R"({"event": "action", "timestamp": 1.0, "name": "action_listen"})"))}));
}

QStringList TestInboxCommand::directIds(const InboxFilter &filter) const
{
    InboxSource source;
    if (!source.open(m_database.address()) || !source.refresh())
        return {u"cannot read the store"_s};
    QStringList ids;
    for (int i : InboxQuery::run(source.index(), filter))
        ids.append(source.index().conversations().at(i).senderId);
    return ids;
}

void TestInboxCommand::jsonSchemaAndOrder()
{
    const Run result = run(store() + QStringList{u"--format"_s, u"json"_s, u"--no-cache"_s});
    QCOMPARE(result.code, 0);
    QVERIFY(result.errors.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.keys(), (QStringList{u"conversations"_s, u"total"_s}));
    QCOMPARE(json.value("total"_L1).toInt(), m_generator->conversations().size() + 1);
    const QJsonArray conversations = json.value("conversations"_L1).toArray();
    QCOMPARE(conversations.size(), json.value("total"_L1).toInt());
    // Keys in the issue's order, floats written as floats.
    static const QRegularExpression object(
        uR"(^\s*\{"sender_id": "[^\n]*", "user_turns": \d+, "first_event": -?\d+\.\d+(e[-+]\d+)?, "last_event": -?\d+\.\d+(e[-+]\d+)?, "min_intent_confidence": (null|\d\.\d+(e-\d+)?), "latest_intent": (null|"[a-z_]+")\},?$)"_s);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1, lines.size() - 2))
        QVERIFY2(object.match(line).hasMatch(), qPrintable(line));
    QStringList ids;
    for (const QJsonValue &value : conversations) {
        const QJsonObject c = value.toObject();
        QCOMPARE(c.keys().size(), 6);
        ids.append(c.value("sender_id"_L1).toString());
        const auto truth =
            std::find_if(m_generator->conversations().cbegin(), m_generator->conversations().cend(),
                         [&](const GeneratedConversation &g) { return g.senderId == ids.last(); });
        if (truth == m_generator->conversations().cend())
            continue;
        QCOMPARE(c.value("user_turns"_L1).toInt(), truth->userMessages.size());
        QCOMPARE(c.value("first_event"_L1).toDouble(), *truth->firstEvent);
        QCOMPARE(c.value("last_event"_L1).toDouble(), *truth->lastEvent);
        const QJsonValue latest = c.value("latest_intent"_L1);
        QCOMPARE(latest.isNull(),
                 truth->userMessages.isEmpty() || !truth->userMessages.last().intent);
    }
    QCOMPARE(ids, directIds(InboxFilter()));
    QCOMPARE(ids.last(), u"comma, \"quoted\""_s); // its only event is the oldest
}

void TestInboxCommand::flagsAreTheFilters_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QJsonObject>("filter"); // InboxFilter::toJson()
    const auto filter = [](auto change) {
        InboxFilter f;
        change(f);
        return f.toJson();
    };
    QTest::newRow("intents") << QStringList{u"--intent"_s, u"greet"_s, u"--intent"_s, u"restart"_s}
                             << filter([](InboxFilter &f) {
                                    f.intents = {u"greet"_s, u"restart"_s};
                                });
    QTest::newRow("actions") << QStringList{u"--action"_s, u"action_default_fallback"_s}
                             << filter([](InboxFilter &f) {
                                    f.actions = {u"action_default_fallback"_s};
                                });
    QTest::newRow("below") << QStringList{u"--below"_s, u"0.25"_s}
                           << filter([](InboxFilter &f) { f.below = 0.25; });
    QTest::newRow("since") << QStringList{u"--since"_s, u"2024-05-20"_s}
                           << filter([](InboxFilter &f) { f.since = 1716163200.0; });
    QTest::newRow("until with zone") << QStringList{u"--until"_s, u"2024-05-20T02:00:00+02:00"_s}
                                     << filter([](InboxFilter &f) { f.until = 1716163200.0; });
    QTest::newRow("since no zone is UTC") << QStringList{u"--since"_s, u"2024-05-20T00:00:00"_s}
                                          << filter([](InboxFilter &f) { f.since = 1716163200.0; });
    QTest::newRow("min turns") << QStringList{u"--min-turns"_s, u"9"_s}
                               << filter([](InboxFilter &f) { f.minTurns = 9; });
    QTest::newRow("text wildcard chars") << QStringList{u"--text"_s, u"50%_"_s}
                                         << filter([](InboxFilter &f) { f.text = u"50%_"_s; });
    QTest::newRow("text any case") << QStringList{u"--text"_s, u"GRÜSSE"_s, u"--text"_s, u"grüße"_s}
                                   << filter([](InboxFilter &f) { f.text = u"grüße"_s; });
    QTest::newRow("all") << QStringList{u"--intent"_s,    u"greet"_s,
                                        u"--below"_s,     u"0.9"_s,
                                        u"--min-turns"_s, u"2"_s,
                                        u"--since"_s,     u"2024-05-01T00:00:00Z"_s,
                                        u"--text"_s,      u"e"_s}
                         << filter([](InboxFilter &f) {
                                f.intents = {u"greet"_s};
                                f.below = 0.9;
                                f.minTurns = 2;
                                f.since = 1714521600.0;
                                f.text = u"e"_s;
                            });
}

void TestInboxCommand::flagsAreTheFilters()
{
    QFETCH(QStringList, flags);
    QFETCH(QJsonObject, filter);
    const Run result = run(store() + flags + QStringList{u"--format"_s, u"json"_s});
    QCOMPARE(result.code, 0);
    QStringList ids;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(result.out.toUtf8()).object().value("conversations"_L1).toArray())
        ids.append(value.toObject().value("sender_id"_L1).toString());
    const QStringList expected = directIds(InboxFilter::fromJson(filter));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids, expected);
}

void TestInboxCommand::limitAppliesAfterSorting()
{
    const QStringList all = directIds(InboxFilter());
    const Run result = run(store() + QStringList{u"--limit"_s, u"7"_s, u"--format"_s, u"json"_s});
    QCOMPARE(result.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value("total"_L1).toInt(), all.size());
    const QJsonArray page = json.value("conversations"_L1).toArray();
    QCOMPARE(page.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(page.at(i).toObject().value("sender_id"_L1).toString(), all.at(i));
    const Run none = run(store() + QStringList{u"--limit"_s, u"0"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8())
                 .object()
                 .value("conversations"_L1)
                 .toArray()
                 .size(),
             0);
    const Run nothing =
        run(store() + QStringList{u"--text"_s, u"no such text at all"_s, u"--format"_s, u"json"_s});
    QCOMPARE(nothing.code, 0);
    QCOMPARE(nothing.out, u"{\"total\": 0, \"conversations\": []}\n"_s);
}

void TestInboxCommand::csv()
{
    const Run result = run(store() + QStringList{u"--format"_s, u"csv"_s});
    QCOMPARE(result.code, 0);
    const QStringList lines = result.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             u"sender_id,user_turns,first_event,last_event,min_intent_confidence,latest_intent"_s);
    QCOMPARE(lines.size(), directIds(InboxFilter()).size() + 1);
    QCOMPARE(lines.last(), u"\"comma, \"\"quoted\"\"\",0,1.0,1.0,,"_s);
}

void TestInboxCommand::endpointsFile()
{
    const QString path = m_dir.filePath(u"endpoints.yml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const TrackerStoreAddress &a = m_database.address();
    file.write(
        (a.isPostgreSql()
             ? u"tracker_store:\n  type: SQL\n  dialect: postgresql\n  url: %1\n  port: %2\n"
               "  db: %3\n  username: ${COACH_TEST_DB_USER}\n"_s.arg(a.host)
                   .arg(a.port)
                   .arg(a.database)
             : u"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: ${COACH_TEST_DB_FILE}\n"_s)
            .toUtf8());
    file.close();
    qputenv("COACH_TEST_DB_USER", a.user.toUtf8());
    qputenv("COACH_TEST_DB_FILE", a.database.toUtf8());
    const Run viaEndpoints = run({u"--endpoints"_s, path, u"--format"_s, u"json"_s});
    QCOMPARE(viaEndpoints.code, 0);
    QCOMPARE(viaEndpoints.out, run(store() + QStringList{u"--format"_s, u"json"_s}).out);
}

void TestInboxCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList json{u"--format"_s, u"json"_s};
    QTest::newRow("no format") << QStringList{u"--tracker-store"_s, u"sqlite:///x.db"_s}
                               << u"--format"_s;
    QTest::newRow("xml") << QStringList{u"--tracker-store"_s, u"sqlite:///x.db"_s, u"--format"_s,
                                        u"xml"_s}
                         << u"--format"_s;
    QTest::newRow("no store") << json << u"--tracker-store"_s;
    QTest::newRow("both") << json
            + QStringList{u"--tracker-store"_s, u"sqlite:///x"_s, u"--endpoints"_s, u"e.yml"_s}
                          << u"either"_s;
    QTest::newRow("bad url") << json + QStringList{u"--tracker-store"_s, u"mysql://u@h/d"_s}
                             << u"mysql"_s;
    QTest::newRow("bad below") << json
            + QStringList{u"--tracker-store"_s, u"sqlite:///x"_s, u"--below"_s, u"low"_s}
                               << u"--below"_s;
    QTest::newRow("bad since") << json
            + QStringList{u"--tracker-store"_s, u"sqlite:///x"_s, u"--since"_s, u"yesterday"_s}
                               << u"--since"_s;
    QTest::newRow("negative limit")
        << json + QStringList{u"--tracker-store"_s, u"sqlite:///x"_s, u"--limit"_s, u"-1"_s}
        << u"--limit"_s;
    QTest::newRow("bad turns") << json
            + QStringList{u"--tracker-store"_s, u"sqlite:///x"_s, u"--min-turns"_s, u"2.5"_s}
                               << u"--min-turns"_s;
    QTest::newRow("unknown flag") << json + QStringList{u"--colour"_s} << u"colour"_s;
    QTest::newRow("missing endpoints")
        << json + QStringList{u"--endpoints"_s, u"/no/such/endpoints.yml"_s}
        << u"/no/such/endpoints.yml"_s;
}

void TestInboxCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errors.contains(message), qPrintable(result.errors));
}

void TestInboxCommand::unreadableStore()
{
    const QString missing = m_dir.filePath(u"missing.db"_s);
    Run result = run({u"--tracker-store"_s, u"sqlite://"_s + missing, u"--format"_s, u"json"_s});
    QCOMPARE(result.code, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errors.contains(missing), qPrintable(result.errors));
    QVERIFY(!QFile::exists(missing)); // not created either
    TestDatabase empty(BuildDialect);
    QVERIFY(empty.create());
    result = run({u"--tracker-store"_s, empty.url(), u"--format"_s, u"csv"_s});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.errors.contains(u"events"_s), qPrintable(result.errors));
}

void TestInboxCommand::cacheOnlyWhenAllowed()
{
    const QString cache = InboxSource::defaultCacheFile(m_database.address());
    QFile::remove(cache);
    QCOMPARE(run(store() + QStringList{u"--format"_s, u"json"_s, u"--no-cache"_s}).code, 0);
    QVERIFY(!QFile::exists(cache));
    QCOMPARE(run(store() + QStringList{u"--format"_s, u"json"_s}).code, 0);
    QVERIFY(QFile::exists(cache));
    QVERIFY(cache.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
}

void TestInboxCommand::passwordFromEnvironment()
{
    if (BuildDialect != TestDatabase::Dialect::PostgreSql) {
        // SQLite has no passwords; an unused variable changes nothing.
        qputenv("RASA_COACH_DB_PASSWORD", "irrelevant");
        QCOMPARE(run(store() + QStringList{u"--format"_s, u"json"_s}).code, 0);
        qunsetenv("RASA_COACH_DB_PASSWORD");
        return;
    }
    const QString role = u"reader_%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(m_database.createReadOnlyRole(role, u"pa'ss word"_s));
    TrackerStoreAddress reader = m_database.address();
    reader.user = role;
    const QStringList args{u"--tracker-store"_s, reader.displayName(), u"--format"_s, u"json"_s,
                           u"--no-cache"_s};
    qunsetenv("RASA_COACH_DB_PASSWORD");
    Run result = run(args);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.errors.contains(u"RASA_COACH_DB_PASSWORD"_s), qPrintable(result.errors));
    qputenv("RASA_COACH_DB_PASSWORD", "pa'ss word");
    result = run(args);
    qunsetenv("RASA_COACH_DB_PASSWORD");
    QCOMPARE(result.code, 0);
    QVERIFY(!result.errors.contains(u"pa'ss"_s));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value("total"_L1).toInt(),
             m_generator->conversations().size() + 1);
}

QTEST_GUILESS_MAIN(TestInboxCommand)
#include "tst_inboxcommand.moc"
