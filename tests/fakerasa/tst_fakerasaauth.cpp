#include "fakerasa/fakerasaserver.h"
#include "fakerasa/jwt.h"
#include "fakerasa/testserver.h"

#include <QDateTime>
#include <QTest>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

const QString kMoodbot = TestServer::exampleBot(u"moodbot"_s);
const QByteArray kSecret = "jwt-secret";

TestClient::Headers bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

} // namespace

class TestFakeRasaAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void jwtSignsAndVerifies();
    void tokenAuth();
    void unprotectedRoutes();
    void jwtAdminMayDoEverything();
    void jwtUserOnlyOwnConversation();
    void badJwtsAreNotAuthenticated_data();
    void badJwtsAreNotAuthenticated();
    void tokenOrJwt();
    void authComesBeforeTheModelCheck();

private:
    TestServer m_server;
};

void TestFakeRasaAuth::init()
{
    const Status started = m_server.start(kMoodbot);
    QVERIFY2(started, qPrintable(started.error().toString()));
}

void TestFakeRasaAuth::cleanup()
{
    m_server.reset();
}

void TestFakeRasaAuth::jwtSignsAndVerifies()
{
    const QJsonObject payload = FakeRasaServer::jwtPayload(u"ann"_s, u"user"_s);
    const QByteArray token = FakeRasaServer::signJwt(payload, kSecret);
    QCOMPARE(token.count('.'), 2);
    QCOMPARE(Jwt::verify(token, kSecret), std::optional<QJsonObject>(payload));
    QVERIFY(!Jwt::verify(token, "other"));
    QVERIFY(!Jwt::verify(token.left(token.size() - 2), kSecret));
    QVERIFY(!Jwt::verify("not a token", kSecret));
    QVERIFY(!Jwt::verify("a.b.c", kSecret));
}

void TestFakeRasaAuth::tokenAuth()
{
    m_server->setAuthToken(u"t0k"_s);
    const HttpResult missing = m_server.client().get(u"/status"_s);
    QCOMPARE(missing.status, 401);
    const QJsonObject body = missing.object();
    QCOMPARE(body.value("reason"_L1).toString(), u"NotAuthenticated"_s);
    QCOMPARE(body.value("message"_L1).toString(), u"User is not authenticated."_s);
    QCOMPARE(body.value("status"_L1).toString(), u"failure"_s);
    QCOMPARE(body.value("code"_L1).toInt(), 401);
    QVERIFY(body.value("help"_L1).toString().startsWith(u"https://rasa.com/docs/rasa/"_s));
    QCOMPARE(m_server.client().get(u"/status?token=wrong"_s).status, 401);
    QCOMPARE(m_server.client().get(u"/status?token=t0k"_s).status, 200);
    QCOMPARE(
        m_server.client().get(u"/conversations/c/tracker?include_events=ALL&token=t0k"_s).status,
        200);
    QCOMPARE(
        m_server.client()
            .post(u"/conversations/c/messages?token=t0k"_s, R"({"sender": "user", "text": "hi"})")
            .status,
        200);
}

void TestFakeRasaAuth::unprotectedRoutes()
{
    m_server->setAuthToken(u"t0k"_s);
    m_server->setJwtSecret(QString::fromLatin1(kSecret));
    QCOMPARE(m_server.client().get(u"/"_s).status, 200);
    QCOMPARE(m_server.client().get(u"/version"_s).status, 200);
    QCOMPARE(m_server.client().get(u"/domain"_s).status, 401);
    QCOMPARE(m_server.client().get(u"/nothing"_s).status, 404); // routing first, as in Sanic
}

void TestFakeRasaAuth::jwtAdminMayDoEverything()
{
    m_server->setJwtSecret(QString::fromLatin1(kSecret));
    const QByteArray admin =
        FakeRasaServer::signJwt(FakeRasaServer::jwtPayload(u"boss"_s, u"admin"_s), kSecret);
    QCOMPARE(m_server.client().get(u"/status"_s, bearer(admin)).status, 200);
    QCOMPARE(m_server.client().get(u"/domain"_s, bearer(admin)).status, 200);
    QCOMPARE(m_server.client().get(u"/conversations/anyone/tracker"_s, bearer(admin)).status, 200);
    QCOMPARE(m_server.client().get(u"/status"_s).status, 401);
}

void TestFakeRasaAuth::jwtUserOnlyOwnConversation()
{
    m_server->setJwtSecret(QString::fromLatin1(kSecret));
    const QByteArray ann =
        FakeRasaServer::signJwt(FakeRasaServer::jwtPayload(u"ann"_s, u"user"_s), kSecret);
    QCOMPARE(m_server.client().get(u"/conversations/ann/tracker"_s, bearer(ann)).status, 200);
    QCOMPARE(m_server.client()
                 .post(u"/conversations/ann/messages"_s, R"({"sender": "user", "text": "hi"})",
                       bearer(ann))
                 .status,
             200);
    const HttpResult other = m_server.client().get(u"/conversations/bob/tracker"_s, bearer(ann));
    QCOMPARE(other.status, 403);
    QCOMPARE(other.object().value("reason"_L1).toString(), u"NotAuthorized"_s);
    QCOMPARE(other.object().value("message"_L1).toString(),
             u"User has insufficient permissions."_s);
    QCOMPARE(m_server.client().get(u"/status"_s, bearer(ann)).status, 403);
    QCOMPARE(m_server.client().get(u"/domain"_s, bearer(ann)).status, 403);
    const QByteArray guest =
        FakeRasaServer::signJwt(FakeRasaServer::jwtPayload(u"ann"_s, u"guest"_s), kSecret);
    QCOMPARE(m_server.client().get(u"/conversations/ann/tracker"_s, bearer(guest)).status, 403);
    const QByteArray noUser = FakeRasaServer::signJwt(QJsonObject{{u"sub"_s, u"x"_s}}, kSecret);
    QCOMPARE(m_server.client().get(u"/status"_s, bearer(noUser)).status, 403);
}

void TestFakeRasaAuth::badJwtsAreNotAuthenticated_data()
{
    QTest::addColumn<QByteArray>("authorization");
    const QJsonObject admin = FakeRasaServer::jwtPayload(u"boss"_s, u"admin"_s);
    QJsonObject expired = admin;
    expired.insert("exp"_L1, double(QDateTime::currentSecsSinceEpoch() - 60));
    QJsonObject later = admin;
    later.insert("nbf"_L1, double(QDateTime::currentSecsSinceEpoch() + 3600));
    QTest::newRow("wrong secret") << "Bearer " + FakeRasaServer::signJwt(admin, "nope");
    QTest::newRow("expired") << "Bearer " + FakeRasaServer::signJwt(expired, kSecret);
    QTest::newRow("not yet valid") << "Bearer " + FakeRasaServer::signJwt(later, kSecret);
    QTest::newRow("no bearer prefix") << FakeRasaServer::signJwt(admin, kSecret);
    QTest::newRow("garbage") << QByteArray("Bearer \xff\xfe..");
}

void TestFakeRasaAuth::badJwtsAreNotAuthenticated()
{
    QFETCH(QByteArray, authorization);
    m_server->setJwtSecret(QString::fromLatin1(kSecret));
    QCOMPARE(m_server.client().get(u"/status"_s, {{"Authorization", authorization}}).status, 401);
}

void TestFakeRasaAuth::tokenOrJwt()
{
    m_server->setAuthToken(u"t0k"_s);
    m_server->setJwtSecret(QString::fromLatin1(kSecret));
    const QByteArray ann =
        FakeRasaServer::signJwt(FakeRasaServer::jwtPayload(u"ann"_s, u"user"_s), kSecret);
    QCOMPARE(m_server.client().get(u"/status?token=t0k"_s, bearer(ann)).status, 200); // token wins
    QCOMPARE(m_server.client().get(u"/status?token=bad"_s, bearer(ann)).status, 403);
    QCOMPARE(m_server.client().get(u"/status?token=bad"_s).status, 401);
}

void TestFakeRasaAuth::authComesBeforeTheModelCheck()
{
    m_server->setAuthToken(u"t0k"_s);
    m_server->setModelLoaded(false);
    QCOMPARE(m_server.client().get(u"/status"_s).status, 401);
    QCOMPARE(m_server.client().get(u"/status?token=t0k"_s).status, 409);
}

QTEST_GUILESS_MAIN(TestFakeRasaAuth)
#include "tst_fakerasaauth.moc"
