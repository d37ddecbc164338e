#include "fakerasa/testserver.h"
#include "rasa/loadmodelrequest.h"
#include "rasa/rasaclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

// PUT /model against fake-rasa, which answers as Rasa 2.8 and 3.6 do: 204
// and a new (empty) in-memory tracker store; 500 LoadingError for a file
// that cannot be loaded.
class TestLoadModelRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsAndForgetsConversations_data();
    void loadsAndForgetsConversations();
    void unloadableModelFails();
    void bodyNamesTheFile();

private:
    QString writeModel(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    TestServer m_server;
};

void TestLoadModelRequest::init()
{
    m_server.reset();
}

QString TestLoadModelRequest::writeModel(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0)
        return {};
    return file.fileName();
}

void TestLoadModelRequest::loadsAndForgetsConversations_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("fullPath");
    QTest::newRow("2.8") << u"2.8.34"_s << true;
    QTest::newRow("3.6") << u"3.6.21"_s << false;
}

void TestLoadModelRequest::loadsAndForgetsConversations()
{
    QFETCH(QString, version);
    QFETCH(bool, fullPath);
    QVERIFY(m_server.start(TestServer::exampleBot(u"moodbot"_s), version));
    QCOMPARE(m_server.client()
                 .post(u"/conversations/c1/messages"_s, R"({"sender": "user", "text": "hi"})")
                 .status,
             200);
    QVERIFY(m_server->hasConversation(u"c1"_s));
    const QString model = writeModel(u"20240202-new.tar.gz"_s, QByteArray("\x1f\x8b\x08\x00", 4));
    RasaClient client(m_server->url());
    auto *request = client.send(new LoadModelRequest(model));
    QSignalSpy succeeded(request, &RasaRequest::succeeded);
    QSignalSpy failed(request, &RasaRequest::failed);
    QVERIFY(succeeded.wait());
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_server->hasConversation(u"c1"_s));
    const QByteArray status = m_server.client().get(u"/status"_s).body;
    QVERIFY(status.contains((fullPath ? model : u"20240202-new.tar.gz"_s).toUtf8()));
}

void TestLoadModelRequest::unloadableModelFails()
{
    QVERIFY(m_server.start(TestServer::exampleBot(u"moodbot"_s)));
    RasaClient client(m_server->url());
    auto *request = client.send(new LoadModelRequest(writeModel(u"bad.tar.gz"_s, "text")));
    QSignalSpy failed(request, &RasaRequest::failed);
    QVERIFY(failed.wait());
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.reason, u"LoadingError"_s);
}

void TestLoadModelRequest::bodyNamesTheFile()
{
    LoadModelRequest request(u"/bot/models/m.tar.gz"_s);
    QCOMPARE(request.method(), RasaRequest::Method::Put);
    QCOMPARE(request.path(), u"/model"_s);
    QCOMPARE(request.body(), QByteArray(R"({"model_file":"/bot/models/m.tar.gz"})"));
}

QTEST_GUILESS_MAIN(TestLoadModelRequest)
#include "tst_loadmodelrequest.moc"
