#include "rasa/versionrequest.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestVersionRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void majorVersions_data();
    void majorVersions();
    void readsVersionAnswers();
};

void TestVersionRequest::majorVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("major");
    QTest::newRow("2.8") << u"2.8.14"_s << 2;
    QTest::newRow("3.6") << u"3.6.2"_s << 3;
    QTest::newRow("rc") << u"3.0.0rc3"_s << 3;
    QTest::newRow("pro") << u"3.8.0a1 "_s << 3;
    QTest::newRow("10") << u"10.0"_s << 10;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("text") << u"latest"_s << 0;
    QTest::newRow("negative") << u"-1.0"_s << 0;
}

void TestVersionRequest::majorVersions()
{
    QFETCH(QString, version);
    QFETCH(int, major);
    QCOMPARE(ServerVersion::majorOf(version), major);
}

void TestVersionRequest::readsVersionAnswers()
{
    auto *request = new VersionRequest;
    ServerVersion result;
    QObject context;
    connect(request, &RasaRequest::succeeded, &context, [&] { result = request->result(); });
    request->forceResult(200, R"({"version": "2.8.14", "minimum_compatible_version": "2.8.9"})");
    QCOMPARE(result.version, u"2.8.14"_s);
    QCOMPARE(result.minimumCompatibleVersion, u"2.8.9"_s);
    QCOMPARE(result.majorVersion(), 2);

    // minimum_compatible_version is informative; its absence is fine.
    auto *minimal = new VersionRequest;
    connect(minimal, &RasaRequest::succeeded, &context, [&] { result = minimal->result(); });
    minimal->forceResult(200, R"({"version": "3.6.2"})");
    QCOMPARE(result.version, u"3.6.2"_s);
    QVERIFY(result.minimumCompatibleVersion.isEmpty());
}

QTEST_GUILESS_MAIN(TestVersionRequest)
#include "tst_versionrequest.moc"
