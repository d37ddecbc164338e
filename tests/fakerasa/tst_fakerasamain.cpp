// Tests of the fake-rasa executable (tests/fakerasa/main.cpp), run as a
// user would run it.

#include "fakerasa/testclient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

const QString kExecutable = QStringLiteral(COACH_BINARY_DIR "/tests/fakerasa/fake-rasa");
const QString kMoodbot = QStringLiteral(COACH_SOURCE_DIR "/resources/examples/moodbot");

} // namespace

class TestFakeRasaMain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesUntilTerminated_data();
    void servesUntilTerminated();
    void optionsReachTheServer();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void helpExitsWithZero();

private:
    QUrl startServer(QProcess &process, const QStringList &arguments);

    QTemporaryDir m_brokenBot;
};

QUrl TestFakeRasaMain::startServer(QProcess &process, const QStringList &arguments)
{
    process.start(kExecutable, arguments);
    if (!process.waitForStarted(10000))
        return {};
    for (int i = 0; i < 100 && !process.canReadLine(); ++i)
        process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression ready(
        u"^fake-rasa listening on (http://127\\.0\\.0\\.1:\\d+)\\n$"_s);
    const QRegularExpressionMatch match = ready.match(line);
    if (!match.hasMatch()) {
        qWarning("unexpected first line: %s", qPrintable(line));
        return {};
    }
    return QUrl(match.captured(1));
}

void TestFakeRasaMain::servesUntilTerminated_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestFakeRasaMain::servesUntilTerminated()
{
    QFETCH(int, signal);
    QProcess process;
    const QUrl url = startServer(process, {u"--bot"_s, kMoodbot, u"--port"_s, u"0"_s});
    QVERIFY(url.isValid() && !url.isEmpty());
    TestClient client(url);
    QCOMPARE(client.get(u"/version"_s).object().value("version"_L1).toString(), u"3.6.2"_s);
    QCOMPARE(
        client.post(u"/conversations/a/messages"_s, R"({"sender": "user", "text": "hi"})").status,
        200);
    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray()); // one line only, read above
    QCOMPARE(process.readAllStandardError(), QByteArray()); // quiet without --verbose
}

void TestFakeRasaMain::optionsReachTheServer()
{
    QProcess process;
    const QUrl url = startServer(process,
                                 {u"--bot"_s, kMoodbot, u"--port"_s, u"0"_s, u"--host"_s,
                                  u"127.0.0.1"_s, u"--rasa-version"_s, u"2.8.12"_s, u"--token"_s,
                                  u"abc"_s, u"--latency"_s, u"20"_s, u"--verbose"_s});
    QVERIFY(!url.isEmpty());
    TestClient client(url);
    QCOMPARE(client.get(u"/"_s).body, QByteArray("Hello from Rasa: 2.8.12"));
    QCOMPARE(client.get(u"/status"_s).status, 401);
    QCOMPARE(client.get(u"/status?token=abc"_s).status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("/status"), log.constData()); // --verbose logs requests
    QVERIFY(!log.contains("abc")); // never the token
}

void TestFakeRasaMain::badArgumentsExitWithTwo_data()
{
    QFile domain(m_brokenBot.filePath(u"domain.yml"_s));
    QVERIFY(domain.open(QIODevice::WriteOnly));
    domain.write("intents: [greet\n"); // unterminated flow sequence
    domain.close();
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no bot") << QStringList{u"--port"_s, u"0"_s} << u"--bot"_s;
    QTest::newRow("unknown option")
        << QStringList{u"--bot"_s, kMoodbot, u"--colour"_s} << u"colour"_s;
    QTest::newRow("bad port") << QStringList{u"--bot"_s, kMoodbot, u"--port"_s, u"http"_s}
                              << u"port"_s;
    QTest::newRow("bad host") << QStringList{u"--bot"_s, kMoodbot, u"--host"_s, u"nowhere"_s}
                              << u"host"_s;
    QTest::newRow("bad latency") << QStringList{u"--bot"_s, kMoodbot, u"--latency"_s, u"-5"_s}
                                 << u"latency"_s;
    QTest::newRow("broken domain")
        << QStringList{u"--bot"_s, m_brokenBot.path(), u"--port"_s, u"0"_s} << u"domain.yml"_s;
    QTest::newRow("missing bot") << QStringList{u"--bot"_s, u"/no/such/bot"_s} << u"/no/such/bot"_s;
    QTest::newRow("stray argument") << QStringList{u"--bot"_s, kMoodbot, u"extra"_s} << u"extra"_s;
}

void TestFakeRasaMain::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QProcess process;
    process.start(kExecutable, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.startsWith(u"fake-rasa: "_s), qPrintable(error));
    QCOMPARE(error.count(QLatin1Char('\n')), 1);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestFakeRasaMain::helpExitsWithZero()
{
    QProcess process;
    process.start(kExecutable, {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("--jwt-secret"));
}

QTEST_GUILESS_MAIN(TestFakeRasaMain)
#include "tst_fakerasamain.moc"
