#include "rasa/statusrequest.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestStatusRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBothShapes_data();
    void readsBothShapes();
    void fingerprintIdentityFollowsTheModel();
    void rejectsOtherAnswers_data();
    void rejectsOtherAnswers();
};

namespace {

struct Answer
{
    ApiError error;
    ServerStatus status;
};

Answer complete(const QByteArray &body)
{
    auto *request = new StatusRequest;
    Answer answer;
    QObject context;
    QObject::connect(request, &RasaRequest::failed, &context,
                     [&](const ApiError &e) { answer.error = e; });
    QObject::connect(request, &RasaRequest::succeeded, &context,
                     [&] { answer.status = request->result(); });
    request->forceResult(200, body);
    return answer;
}

} // namespace

void TestStatusRequest::readsBothShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("modelFile");
    QTest::addColumn<QString>("identity"); // empty: a fingerprint hash
    QTest::addColumn<int>("jobs");
    QTest::newRow("2.x") << QByteArray(R"({"model_file": "models/20210701-120000.tar.gz",
        "fingerprint": {"config": ["7625d69d"], "domain": ["ca9d1b2b"], "version": "2.8.14"},
        "num_active_training_jobs": 0})")
                         << u"models/20210701-120000.tar.gz"_s << QString() << 0;
    QTest::newRow("3.x") << QByteArray(R"({"model_file": "20230701-brave-tree.tar.gz",
        "model_id": "75a985b7b86d442ca013d61ea4781b22", "num_active_training_jobs": 2})")
                         << u"20230701-brave-tree.tar.gz"_s << u"75a985b7b86d442ca013d61ea4781b22"_s
                         << 2;
    QTest::newRow("file only") << QByteArray(R"({"model_file": "m.tar.gz"})") << u"m.tar.gz"_s
                               << u"m.tar.gz"_s << 0;
}

void TestStatusRequest::readsBothShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, modelFile);
    QFETCH(QString, identity);
    QFETCH(int, jobs);
    const Answer answer = complete(body);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.userMessage()));
    QCOMPARE(answer.status.modelFile, modelFile);
    QCOMPARE(answer.status.numActiveTrainingJobs, jobs);
    if (identity.isEmpty()) {
        QVERIFY(!answer.status.fingerprint.isEmpty());
        QCOMPARE(answer.status.modelIdentity().size(), 32);
    } else {
        QCOMPARE(answer.status.modelIdentity(), identity);
    }
}

void TestStatusRequest::fingerprintIdentityFollowsTheModel()
{
    const Answer first =
        complete(R"({"model_file": "a", "fingerprint": {"domain": ["1"], "nlu": ["2"]}})");
    const Answer same =
        complete(R"({"model_file": "b", "fingerprint": {"nlu": ["2"], "domain": ["1"]}})");
    const Answer other =
        complete(R"({"model_file": "a", "fingerprint": {"domain": ["1"], "nlu": ["3"]}})");
    QCOMPARE(first.status.modelIdentity(), same.status.modelIdentity());
    QVERIFY(first.status.modelIdentity() != other.status.modelIdentity());
}

void TestStatusRequest::rejectsOtherAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("array") << QByteArray(R"([{"model_file": "m"}])");
    QTest::newRow("version answer") << QByteArray(R"({"version": "3.6.2"})");
}

void TestStatusRequest::rejectsOtherAnswers()
{
    QFETCH(QByteArray, body);
    const Answer answer = complete(body);
    QCOMPARE(answer.error.kind, ApiError::Kind::UnexpectedShape);
    QVERIFY(answer.error.detail.contains(u"model_file"_s));
}

QTEST_GUILESS_MAIN(TestStatusRequest)
#include "tst_statusrequest.moc"
