#include "inbox/envinterpolation.h"
#include "inbox/trackerstoreaddress.h"

#include "testsupport/testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestTrackerStoreAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsUrls_data();
    void readsUrls();
    void refusesBadUrls_data();
    void refusesBadUrls();
    void expandsEnvironmentAsRasa_data();
    void expandsEnvironmentAsRasa();
    void readsEndpoints_data();
    void readsEndpoints();
    void refusesEndpoints_data();
    void refusesEndpoints();
    void namesWithoutPassword();

private:
    QString writeEndpoints(const QString &text);
    QTemporaryDir m_dir;
};

QString TestTrackerStoreAddress::writeEndpoints(const QString &text)
{
    static int count = 0;
    const QString path = m_dir.filePath(u"endpoints-%1.yml"_s.arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

void TestTrackerStoreAddress::readsUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("issue's form") << u"postgresql://rasa@db.example.org:5433/tracker"_s << true
                                  << u"db.example.org"_s << 5433 << u"tracker"_s << u"rasa"_s
                                  << QString();
    QTest::newRow("default port") << u"postgresql://rasa@localhost/tracker"_s << true
                                  << u"localhost"_s << 5432 << u"tracker"_s << u"rasa"_s
                                  << QString();
    QTest::newRow("password, encoded")
        << u"postgresql://rasa:p%40ss@127.0.0.1:5432/t"_s << true << u"127.0.0.1"_s << 5432
        << u"t"_s << u"rasa"_s << u"p@ss"_s;
    QTest::newRow("driver suffix") << u"postgresql+psycopg2://u@h:1/d"_s << true << u"h"_s << 1
                                   << u"d"_s << u"u"_s << QString();
    QTest::newRow("sqlite 3 slashes")
        << u"sqlite:///var/lib/rasa/rasa.db"_s << false << QString() << 5432
        << u"/var/lib/rasa/rasa.db"_s << QString() << QString();
    QTest::newRow("sqlite 4 slashes") << u"sqlite:////var/lib/rasa.db"_s << false << QString()
                                      << 5432 << u"/var/lib/rasa.db"_s << QString() << QString();
}

void TestTrackerStoreAddress::readsUrls()
{
    QFETCH(QString, url);
    const Result<TrackerStoreAddress> address = TrackerStoreAddress::fromUrl(url);
    QVERIFY2(address, qPrintable(address.error().toString()));
    QTEST(address->isPostgreSql(), "postgres");
    QTEST(address->host, "host");
    QTEST(address->port, "port");
    QTEST(address->database, "database");
    QTEST(address->user, "user");
    QTEST(address->password, "password");
}

void TestTrackerStoreAddress::refusesBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("relative sqlite") << u"sqlite://rasa.db"_s;
    QTest::newRow("mysql") << u"mysql://u@h/d"_s;
    QTest::newRow("no database") << u"postgresql://u@h:5432"_s;
    QTest::newRow("no host") << u"postgresql:///d"_s;
    QTest::newRow("no scheme") << u"just-a-name"_s;
    QTest::newRow("empty") << QString();
}

void TestTrackerStoreAddress::refusesBadUrls()
{
    QFETCH(QString, url);
    const Result<TrackerStoreAddress> address = TrackerStoreAddress::fromUrl(url);
    QVERIFY(!address);
    QVERIFY(!address.error().message.isEmpty());
}

// Every case Rasa 2.8 and 3.6 were asked (tests/data/trackerstore/endpoints-env.json),
// as the value of `username:` in an endpoints.yml.
void TestTrackerStoreAddress::expandsEnvironmentAsRasa_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QJsonValue>("expected"); // {"result": ...} or {"error": ...}
    const QJsonObject fixture =
        TestSupport::readJson(TestSupport::dataPath(u"trackerstore/endpoints-env.json"_s))
            .toObject();
    for (const QJsonValue &value : fixture.value("cases"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        const QString yaml = item.value("yaml"_L1).toString();
        if (!yaml.startsWith(u"url: "_s) && !yaml.startsWith(u"port: "_s))
            continue; // a key with ${…}: the inbox reads no keys that way
        QTest::newRow(qPrintable(yaml)) << yaml << QJsonValue(item);
    }
}

void TestTrackerStoreAddress::expandsEnvironmentAsRasa()
{
    QFETCH(QString, yaml);
    QFETCH(QJsonValue, expected);
    const bool port = yaml.startsWith(u"port: "_s);
    QString entry = yaml;
    entry.replace(u"\n"_s, u"\n  "_s);
    if (!port)
        entry.replace(0, 3, u"username"_s);
    const QString path =
        writeEndpoints(u"tracker_store:\n  type: SQL\n  dialect: postgresql\n  url: localhost\n"
                       "  db: rasa\n  "_s
                       + entry); // last, without a line break: as Rasa's text was
    const QJsonObject environment =
        TestSupport::readJson(TestSupport::dataPath(u"trackerstore/endpoints-env.json"_s))
            .toObject()
            .value("environment"_L1)
            .toObject();
    const EnvInterpolation lookup([&](const QString &name) -> std::optional<QString> {
        return environment.contains(name)
            ? std::optional<QString>(environment.value(name).toString())
            : std::nullopt;
    });
    const Result<TrackerStoreAddress> address = TrackerStoreAddress::fromEndpoints(path, lookup);
    if (expected.toObject().contains("error"_L1)) {
        QVERIFY2(!address,
                 qPrintable(u"Rasa: "_s + expected.toObject().value("error"_L1).toString()));
        return;
    }
    QVERIFY2(address, qPrintable(address.error().toString()));
    const QJsonValue result = expected.toObject().value("result"_L1).toObject().begin().value();
    if (port)
        QCOMPARE(address->port, result.toString().toInt());
    else
        QCOMPARE(address->user, result.toString());
}

void TestTrackerStoreAddress::readsEndpoints_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("display"); // displayName(); {dir} is the file's folder
    QTest::addColumn<QString>("password");
    QTest::newRow("separate keys") << u"tracker_store:\n  type: SQL\n  dialect: \"postgresql\"\n  "
                                      u"url: db.local\n  port: 5434\n"
                                      "  db: tracker\n  username: bot\n  password: pw\n"_s
                                   << u"postgresql://bot@db.local:5434/tracker"_s << u"pw"_s;
    QTest::newRow("port inside url wins")
        << u"tracker_store:\n  type: sql\n  dialect: postgresql\n  url: h:6000\n  port: 1\n"_s
        << u"postgresql://h:6000/rasa.db"_s << QString();
    QTest::newRow("store_type, query")
        << u"tracker_store:\n  store_type: SQL\n  dialect: postgresql\n  url: h\n  db: d\n"
           "  query:\n    sslmode: require\n"_s
        << u"postgresql://h:5432/d"_s << QString();
    QTest::newRow("complete url")
        << u"tracker_store:\n  type: SQL\n  url: postgresql://u:secret@h:7/d\n"_s
        << u"postgresql://u@h:7/d"_s << u"secret"_s;
    QTest::newRow("sqlite default")
        << u"tracker_store:\n  type: SQL\n"_s << u"sqlite://{dir}/rasa.db"_s << QString();
    QTest::newRow("sqlite relative")
        << u"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: data/t.db\n"_s
        << u"sqlite://{dir}/data/t.db"_s << QString();
    QTest::newRow("sqlite absolute")
        << u"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: /srv/t.db\n"_s
        << u"sqlite:///srv/t.db"_s << QString();
    QTest::newRow("sqlite complete url")
        << u"tracker_store:\n  type: SQL\n  url: sqlite:///t.db\n"_s << u"sqlite://{dir}/t.db"_s
        << QString();
    QTest::newRow("other sections")
        << u"action_endpoint:\n  url: http://x\ntracker_store:\n  type: SQL\n  db: a.db\n"_s
        << u"sqlite://{dir}/a.db"_s << QString();
}

void TestTrackerStoreAddress::readsEndpoints()
{
    QFETCH(QString, yaml);
    QFETCH(QString, display);
    QFETCH(QString, password);
    const QString path = writeEndpoints(yaml);
    const Result<TrackerStoreAddress> address =
        TrackerStoreAddress::fromEndpoints(path, EnvInterpolation());
    QVERIFY2(address, qPrintable(address.error().toString()));
    QCOMPARE(address->displayName(),
             QString(display).replace(u"{dir}"_s, QDir(m_dir.path()).absolutePath()));
    QCOMPARE(address->password, password);
    if (yaml.contains(u"sslmode"_s))
        QCOMPARE(address->options.value(u"sslmode"_s), u"require"_s);
}

void TestTrackerStoreAddress::refusesEndpoints_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("no section") << u"action_endpoint:\n  url: x\n"_s << u"no tracker_store"_s;
    QTest::newRow("in memory") << u"tracker_store:\n  url: x\n"_s << u"memory"_s;
    QTest::newRow("redis") << u"tracker_store:\n  type: redis\n"_s << u"redis"_s;
    QTest::newRow("mysql") << u"tracker_store:\n  type: SQL\n  dialect: mysql\n"_s << u"mysql"_s;
    QTest::newRow("bad port")
        << u"tracker_store:\n  type: SQL\n  dialect: postgresql\n  port: abc\n"_s << u"port"_s;
    QTest::newRow("not yaml") << u"tracker_store: [\n"_s << u"line"_s;
    QTest::newRow("unset variable") << u"tracker_store:\n  type: SQL\n  dialect: postgresql\n"
                                       "  password: ${COACH_TEST_SURELY_UNSET}\n"_s
                                    << u"COACH_TEST_SURELY_UNSET"_s;
}

void TestTrackerStoreAddress::refusesEndpoints()
{
    QFETCH(QString, yaml);
    QFETCH(QString, message);
    qunsetenv("COACH_TEST_SURELY_UNSET");
    const QString path = writeEndpoints(yaml);
    const Result<TrackerStoreAddress> address =
        TrackerStoreAddress::fromEndpoints(path, EnvInterpolation());
    QVERIFY(!address);
    QCOMPARE(address.error().where, path);
    QVERIFY2(address.error().message.contains(message), qPrintable(address.error().message));
    QVERIFY(
        !TrackerStoreAddress::fromEndpoints(m_dir.filePath(u"missing.yml"_s), EnvInterpolation()));
}

void TestTrackerStoreAddress::namesWithoutPassword()
{
    const Result<TrackerStoreAddress> address =
        TrackerStoreAddress::fromUrl(u"postgresql://u:hunter2@H:1/d"_s);
    QVERIFY(address);
    QVERIFY(!address->displayName().contains(u"hunter2"_s));
    QVERIFY(!address->identity().contains(u"hunter2"_s));
    QVERIFY(!address->identity().contains(u"u@"_s)); // readers share one identity
    const Result<TrackerStoreAddress> bad =
        TrackerStoreAddress::fromUrl(u"postgresql://u:hunter2@H:1"_s);
    QVERIFY(!bad);
    QVERIFY(!bad.error().toString().contains(u"hunter2"_s));
}

QTEST_GUILESS_MAIN(TestTrackerStoreAddress)
#include "tst_trackerstoreaddress.moc"
