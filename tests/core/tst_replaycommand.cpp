// `rasa-coach replay` end to end in this process, against fake-rasa: exit
// codes, what it prints, the three reports, and that a failure writes none.
#include "cli/replaycommand.h"
#include "core/helpers/replayfixtures.h"
#include "core/helpers/sessionharness.h"

#include "fakerasa/fakerasaserver.h" // links fake-rasa (see CoachTesting.cmake)
#include "session/sessionformat.h"
#include "testsupport/commandoutput.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;
using TestSupport::CommandOutput;

namespace {

CommandOutput replay(const QStringList &arguments)
{
    return TestSupport::runCapturing([&arguments] { return runReplayCommand(arguments); });
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList keys(const QJsonObject &object)
{
    QStringList names = object.keys();
    names.sort();
    return names;
}

//! testcase count, failure count and the failure messages of a JUnit report.
struct JUnit
{
    int testcases = 0;
    QStringList failures;
    QString suitesTests;
    QString suitesFailures;
};

JUnit readJUnit(const QByteArray &xml)
{
    JUnit junit;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"testsuites") {
            junit.suitesTests = reader.attributes().value(u"tests"_s).toString();
            junit.suitesFailures = reader.attributes().value(u"failures"_s).toString();
        } else if (reader.name() == u"testcase") {
            ++junit.testcases;
        } else if (reader.name() == u"failure") {
            junit.failures.append(reader.attributes().value(u"message"_s).toString());
        }
    }
    if (reader.hasError())
        junit.failures.append(u"XML ERROR: "_s + reader.errorString());
    return junit;
}

} // namespace

class TestReplayCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreeingSessionExitsZero();
    void differencesExitOneWithEveryReport();
    void jsonReportHasTheSchema();
    void twoPointXServerAgrees();
    void serverDyingMidReplayExitsTwoAndWritesNothing();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void tokenComesFromTheEnvironment();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<SessionHarness> m_annotator; //!< its server is the recorded one
    QString m_session;
};

void TestReplayCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_annotator = std::make_unique<SessionHarness>();
    QVERIFY2(annotateMoodbot(*m_annotator), qPrintable(m_annotator->why));
    m_session = path(u"moodbot.coach"_s);
    QVERIFY(m_annotator->document->saveAs(m_session));
}

void TestReplayCommand::agreeingSessionExitsZero()
{
    // No --server: the one the session was recorded against.
    const CommandOutput result = replay({m_session, u"--report"_s, path(u"agree.xml"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.contains(u"sessions: 1, conversation parts: 2, turns: 6, differing: 0"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(m_annotator->server.url().toString()), qPrintable(result.out));
    const JUnit junit = readJUnit(contents(path(u"agree.xml"_s)));
    QCOMPARE(junit.testcases, 6);
    QCOMPARE(junit.failures, QStringList());
    QCOMPARE(junit.suitesTests, u"6"_s);
}

void TestReplayCommand::differencesExitOneWithEveryReport()
{
    QTemporaryDir bots;
    FakeRasa::FakeRasaServer retrained;
    QVERIFY(copyBot(botFolder(u"moodbot"_s), bots.path(), moodGreatSaysGoodbye()));
    QVERIFY(retrained.loadBot(bots.path()));
    QVERIFY(retrained.listen());
    const CommandOutput result =
        replay({m_session, u"--server"_s, retrained.url().toString(), u"--jobs"_s, u"1"_s,
                u"--report"_s, path(u"differ.json"_s), u"--report"_s, path(u"differ.xml"_s),
                u"--report"_s, path(u"differ.html"_s)});
    QVERIFY2(result.exitCode == 1, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(u"conversation %1, part 0, turn 1 (\"I am great\")"_s.arg(
                 m_annotator->document->conversationId(0))),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"action 1: annotated utter_happy, predicted utter_goodbye ("_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"turns: 6, differing: 1"_s), qPrintable(result.out));

    const QJsonObject json = QJsonDocument::fromJson(contents(path(u"differ.json"_s))).object();
    QCOMPARE(json["summary"_L1]["differing"_L1].toInt(), 1);
    const QJsonObject turn =
        json["sessions"_L1][0]["conversations"_L1][0]["turns"_L1][1].toObject();
    QCOMPARE(turn["agree"_L1].toBool(true), false);
    QCOMPARE(turn["expected_actions"_L1].toArray(),
             (QJsonArray{u"utter_happy"_s, u"action_listen"_s}));
    QCOMPARE(turn["predicted_actions"_L1].toArray(),
             (QJsonArray{u"utter_goodbye"_s, u"action_listen"_s}));

    const JUnit junit = readJUnit(contents(path(u"differ.xml"_s)));
    QCOMPARE(junit.testcases, 6);
    QCOMPARE(junit.suitesFailures, u"1"_s);
    QCOMPARE(junit.failures.size(), 1);
    QVERIFY2(junit.failures.first().startsWith(
                 u"action 1: annotated utter_happy, predicted utter_goodbye"_s),
             qPrintable(junit.failures.first()));

    const QString html = QString::fromUtf8(contents(path(u"differ.html"_s)));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(!html.contains(u"<script"_s) && !html.contains(u"src="_s)
            && !html.contains(u"href="_s));
    QVERIFY2(
        html.contains(u"<tr class=\"differs\"><td class=\"label\">action 1</td><td>utter_happy</td>"
                      "<td>utter_goodbye ("_s),
        qPrintable(html));
    QCOMPARE(html.count(u"<h2>"_s), 1);
}

void TestReplayCommand::jsonReportHasTheSchema()
{
    const CommandOutput result = replay({m_session, u"--report"_s, path(u"schema.json"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(contents(path(u"schema.json"_s))).object();
    QCOMPARE(keys(json), (QStringList{u"sessions"_s, u"summary"_s}));
    QCOMPARE(
        json["summary"_L1].toObject(),
        (QJsonObject{
            {u"sessions"_s, 1}, {u"conversations"_s, 2}, {u"turns"_s, 6}, {u"differing"_s, 0}}));
    const QJsonObject session = json["sessions"_L1][0].toObject();
    QCOMPARE(keys(session), (QStringList{u"conversations"_s, u"file"_s}));
    QCOMPARE(session["file"_L1].toString(), m_session);
    const QJsonArray conversations = session["conversations"_L1].toArray();
    QCOMPARE(conversations.size(), 2);
    for (const QJsonValue &conversation : conversations) {
        QCOMPARE(keys(conversation.toObject()), (QStringList{u"id"_s, u"part"_s, u"turns"_s}));
        QCOMPARE(conversation["part"_L1].toInt(-1), 0);
        const QJsonArray turns = conversation["turns"_L1].toArray();
        QCOMPARE(turns.size(), 3);
        for (int i = 0; i < turns.size(); ++i) {
            const QJsonObject turn = turns.at(i).toObject();
            QCOMPARE(keys(turn),
                     (QStringList{u"agree"_s, u"expected_actions"_s, u"expected_entities"_s,
                                  u"expected_intent"_s, u"index"_s, u"predicted_actions"_s,
                                  u"predicted_confidence"_s, u"predicted_entities"_s,
                                  u"predicted_intent"_s, u"user"_s}));
            QCOMPARE(turn["index"_L1].toInt(-1), i);
            QVERIFY(turn["predicted_confidence"_L1].isDouble());
            QVERIFY(turn["agree"_L1].toBool());
        }
    }
    const QJsonObject hello = conversations[0]["turns"_L1][0].toObject();
    QCOMPARE(hello["user"_L1].toString(), u"hello"_s);
    QCOMPARE(hello["expected_intent"_L1].toString(), u"greet"_s);
    QCOMPARE(hello["predicted_intent"_L1].toString(), u"greet"_s);
    QCOMPARE(hello["expected_entities"_L1].toArray(), QJsonArray());
}

void TestReplayCommand::twoPointXServerAgrees()
{
    SessionHarness annotator(u"moodbot"_s, u"2.8.34"_s);
    QVERIFY2(annotateMoodbot(annotator), qPrintable(annotator.why));
    const QString file = path(u"two.coach"_s);
    QVERIFY(annotator.document->saveAs(file));
    const CommandOutput result = replay({file, u"--report"_s, path(u"two.json"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.startsWith(u"Replayed against Rasa 2.8.34 at "_s), qPrintable(result.out));
}

void TestReplayCommand::serverDyingMidReplayExitsTwoAndWritesNothing()
{
    FakeRasa::FakeRasaServer server;
    QVERIFY(server.loadBot(botFolder(u"moodbot"_s)));
    QVERIFY(server.listen());
    int predictions = 0;
    connect(&server, &FakeRasa::FakeRasaServer::requestHandled, &server,
            [&](const QString &, const QString &path) {
                if (path.endsWith(u"/predict"_s) && ++predictions == 4)
                    server.close();
            });
    const QString kept = path(u"kept.json"_s);
    QFile old(kept);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{\"from\": \"an earlier run\"}\n");
    old.close();
    const QString fresh = path(u"fresh.xml"_s);
    const CommandOutput result = replay({m_session, u"--server"_s, server.url().toString(),
                                         u"--report"_s, kept, u"--report"_s, fresh});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(u"rasa-coach replay: "_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"127.0.0.1"_s), qPrintable(result.err));
    QCOMPARE(contents(kept), QByteArray("{\"from\": \"an earlier run\"}\n"));
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(QDir(m_dir.path()).entryList({u"fresh*"_s, u"*.tmp"_s, u"kept.json.*"_s}),
             QStringList());
}

void TestReplayCommand::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString notSession = path(u"not-a-session.coach"_s);
    QFile file(notSession);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"events\": []}");
    file.close();
    QTest::newRow("no file") << QStringList() << u"give at least one session file"_s;
    QTest::newRow("missing file") << QStringList{path(u"missing.coach"_s)}
                                  << path(u"missing.coach"_s);
    QTest::newRow("not a session") << QStringList{notSession} << notSession;
    QTest::newRow("report extension")
        << QStringList{m_session, u"--report"_s, path(u"r.txt"_s)} << u".json, .xml or .html"_s;
    QTest::newRow("no jobs") << QStringList{m_session, u"--jobs"_s, u"0"_s} << u"--jobs"_s;
    QTest::newRow("bad server") << QStringList{m_session, u"--server"_s, u"ftp://x"_s}
                                << u"ftp://x"_s;
    QTest::newRow("unset token variable")
        << QStringList{m_session, u"--token-env"_s, u"COACH_TEST_NO_SUCH_VARIABLE"_s}
        << u"COACH_TEST_NO_SUCH_VARIABLE"_s;
    QTest::newRow("unknown option") << QStringList{m_session, u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unreachable server")
        << QStringList{m_session, u"--server"_s, u"http://127.0.0.1:1"_s, u"--report"_s,
                       path(u"never.json"_s)}
        << u"127.0.0.1:1"_s;
}

void TestReplayCommand::badInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandOutput result = replay(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(path(u"r.txt"_s)));
    QVERIFY(!QFile::exists(path(u"never.json"_s)));
}

void TestReplayCommand::tokenComesFromTheEnvironment()
{
    FakeRasa::FakeRasaServer server;
    QVERIFY(server.loadBot(botFolder(u"moodbot"_s)));
    server.setAuthToken(u"s3cret-token"_s);
    QVERIFY(server.listen());
    const QStringList base{m_session, u"--server"_s, server.url().toString()};
    const CommandOutput refused = replay(base);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"401"_s), qPrintable(refused.err));
    qputenv("COACH_TEST_REPLAY_TOKEN", "s3cret-token");
    const CommandOutput allowed =
        replay(base + QStringList{u"--token-env"_s, u"COACH_TEST_REPLAY_TOKEN"_s});
    qunsetenv("COACH_TEST_REPLAY_TOKEN");
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QVERIFY(!allowed.out.contains(u"s3cret"_s));
}

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replaycommand.moc"
