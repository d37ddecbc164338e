#include "project/endpointsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestEndpointsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsTheActionEndpointAtTheStartedServer();
    void withoutProjectFile();
    void projectFileIsNeverChanged();
    void brokenProjectFileNamesIt();

private:
    QString write(const QString &name, const QByteArray &content);
    static YAML::Node load(const QString &path);

    QTemporaryDir m_dir;
};

QString TestEndpointsFile::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0)
        return {};
    return file.fileName();
}

YAML::Node TestEndpointsFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return YAML::Load(file.readAll().toStdString());
}

void TestEndpointsFile::pointsTheActionEndpointAtTheStartedServer()
{
    const QString project = write(u"endpoints.yml"_s,
                                  "# the user's comment\n"
                                  "action_endpoint:\n  url: \"http://localhost:5055/webhook\"\n"
                                  "  token: keep-me\n"
                                  "tracker_store:\n  type: SQL\n  url: ${DB_URL}\n");
    const QString target = m_dir.filePath(u"run/endpoints.yml"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"run"_s)));
    const Status status =
        writeEndpointsWithActionServer(project, QUrl(u"http://127.0.0.1:40001/webhook"_s), target);
    QVERIFY2(status, qPrintable(status.error().toString()));
    const YAML::Node root = load(target);
    QCOMPARE(QString::fromStdString(root["action_endpoint"]["url"].as<std::string>()),
             u"http://127.0.0.1:40001/webhook"_s);
    QVERIFY(!root["action_endpoint"]["token"]); // the whole endpoint is replaced
    QCOMPARE(QString::fromStdString(root["tracker_store"]["url"].as<std::string>()),
             u"${DB_URL}"_s); // Rasa substitutes it when it reads the copy
}

void TestEndpointsFile::withoutProjectFile()
{
    const QString target = m_dir.filePath(u"none.yml"_s);
    QVERIFY(writeEndpointsWithActionServer({}, QUrl(u"http://127.0.0.1:40002/webhook"_s), target));
    const YAML::Node root = load(target);
    QCOMPARE(root.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(root["action_endpoint"]["url"].as<std::string>()),
             u"http://127.0.0.1:40002/webhook"_s);
    // An empty file is a project without endpoints too.
    QVERIFY(writeEndpointsWithActionServer(write(u"empty.yml"_s, ""),
                                           QUrl(u"http://127.0.0.1:1/webhook"_s), target));
}

void TestEndpointsFile::projectFileIsNeverChanged()
{
    const QByteArray original = "action_endpoint:\n  url: \"http://localhost:5055/webhook\"\n";
    const QString project = write(u"mine.yml"_s, original);
    QVERIFY(writeEndpointsWithActionServer(project, QUrl(u"http://127.0.0.1:3/webhook"_s),
                                           m_dir.filePath(u"copy.yml"_s)));
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
}

void TestEndpointsFile::brokenProjectFileNamesIt()
{
    const QString project = write(u"broken.yml"_s, "action_endpoint:\n  url: [unclosed\n");
    const QString target = m_dir.filePath(u"never.yml"_s);
    const Status status = writeEndpointsWithActionServer(project, QUrl(u"http://x/"_s), target);
    QVERIFY(!status);
    QVERIFY(status.error().where.startsWith(project));
    QVERIFY(!QFile::exists(target));
    const Status list = writeEndpointsWithActionServer(write(u"list.yml"_s, "- a\n- b\n"),
                                                       QUrl(u"http://x/"_s), target);
    QVERIFY(!list);
}

QTEST_GUILESS_MAIN(TestEndpointsFile)
#include "tst_endpointsfile.moc"
