#include "connectiondialog.h"
#include "settings.h"

#include "fakerasa/fakerasaserver.h"
#include "rasa/connectiontester.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;
using Verdict = ConnectionTester::Verdict;

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void verdicts_data();
    void verdicts();
    void dialogShowsVerdictAndKeepsTokenOutOfSettings();

private:
    std::unique_ptr<FakeRasa::FakeRasaServer> m_server;
};

void TestConnectionTester::init()
{
    m_server = std::make_unique<FakeRasa::FakeRasaServer>();
    QVERIFY(m_server->loadBot(QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s));
    QVERIFY(m_server->listen() != 0);
}

void TestConnectionTester::verdicts_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("text");
    QTest::newRow("ok") << QString() << QString() << int(Verdict::Ok) << u"Rasa 3"_s;
    QTest::newRow("token needed") << u"token"_s << QString() << int(Verdict::Unauthorized)
                                  << u"401"_s;
    QTest::newRow("token right") << u"token"_s << u"s3cret"_s << int(Verdict::Ok) << u"model"_s;
    QTest::newRow("no model") << u"nomodel"_s << QString() << int(Verdict::NoModel)
                              << u"no model"_s;
    QTest::newRow("not rasa") << u"html"_s << QString() << int(Verdict::NotRasa)
                              << u"Rasa server"_s;
    QTest::newRow("refused") << u"closed"_s << QString() << int(Verdict::Refused) << u"refused"_s;
}

void TestConnectionTester::verdicts()
{
    QFETCH(QString, setup);
    QFETCH(QString, token);
    QFETCH(int, verdict);
    QFETCH(QString, text);
    const QUrl url = m_server->url();
    if (setup == u"token")
        m_server->setAuthToken(u"s3cret"_s);
    else if (setup == u"nomodel")
        m_server->setModelLoaded(false);
    else if (setup == u"html")
        m_server->addFault(
            FakeRasa::Fault::ofKind(FakeRasa::Fault::Kind::NonJson, u"GET"_s, u"/version"_s));
    else if (setup == u"closed")
        m_server->close();
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(url, token, {});
    QVERIFY(finished.wait(10000));
    const auto got = finished.at(0).at(0).value<Verdict>();
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(int(got) == verdict, qPrintable(message));
    QVERIFY2(message.contains(text, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(!message.contains(u"s3cret"_s));
}

void TestConnectionTester::dialogShowsVerdictAndKeepsTokenOutOfSettings()
{
    auto settings = Settings::createTemporary();
    Settings::setInstance(settings.get());
    m_server->setAuthToken(u"s3cret"_s);
    {
        ConnectionDialog dialog;
        dialog.setServerUrl(m_server->url().toString());
        dialog.setAuth(ConnectionDialog::AuthMode::Token, u"s3cret"_s);
        QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY2(dialog.verdictText().contains(u"Connected"_s), qPrintable(dialog.verdictText()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().authToken, u"s3cret"_s);
    }
    settings->sync();
    QFile file(settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(m_server->url().toString().toUtf8()));
    QVERIFY(!stored.contains("s3cret"));
    // The secret comes back from memory for the same server.
    ConnectionDialog again;
    QCOMPARE(again.secretEdit()->text(), u"s3cret"_s);
    Settings::setInstance(nullptr);
}

QTEST_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
