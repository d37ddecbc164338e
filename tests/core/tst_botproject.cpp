#include "project/botproject.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestBotProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensARasaInitLayout();
    void namesWhatIsMissing();
    void missingFolder();
    void actionsAsPackageOrModule();
    void latestModel();
    void domainFolder();

private:
    void touch(const QString &relative, const QByteArray &content = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBotProject::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    touch(u"config.yml"_s);
    touch(u"domain.yml"_s);
    QVERIFY(QDir(m_dir->path()).mkpath(u"data"_s));
}

void TestBotProject::touch(const QString &relative, const QByteArray &content)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestBotProject::opensARasaInitLayout()
{
    const Result<BotProject> project = BotProject::open(m_dir->path());
    QVERIFY2(project, qPrintable(project.error().toString()));
    QVERIFY(project->endpointsFile().isEmpty());
    QVERIFY(!project->hasActions());
    QCOMPARE(project->trainArguments(), QStringList{u"train"_s});
    touch(u"endpoints.yml"_s);
    QCOMPARE(project->endpointsFile(), m_dir->filePath(u"endpoints.yml"_s));
}

void TestBotProject::namesWhatIsMissing()
{
    QFile::remove(m_dir->filePath(u"config.yml"_s));
    QDir(m_dir->filePath(u"data"_s)).removeRecursively();
    const Result<BotProject> project = BotProject::open(m_dir->path());
    QVERIFY(!project);
    QVERIFY(project.error().message.contains(u"config.yml, data/"_s));
    QVERIFY(!project.error().message.contains(u"domain.yml,"_s));
    QCOMPARE(project.error().where, QDir::toNativeSeparators(m_dir->path()));
}

void TestBotProject::missingFolder()
{
    const Result<BotProject> project = BotProject::open(m_dir->filePath(u"nope"_s));
    QVERIFY(!project);
    QVERIFY(project.error().message.contains(u"does not exist"_s));
}

void TestBotProject::actionsAsPackageOrModule()
{
    touch(u"actions/__init__.py"_s);
    QVERIFY(BotProject::open(m_dir->path())->hasActions());
    QDir(m_dir->filePath(u"actions"_s)).removeRecursively();
    touch(u"actions.py"_s);
    QVERIFY(BotProject::open(m_dir->path())->hasActions());
}

void TestBotProject::latestModel()
{
    const BotProject project = BotProject::open(m_dir->path()).value();
    QVERIFY(project.latestModel().isEmpty());
    touch(u"models/20230101-000000.tar.gz"_s);
    QThread::msleep(20); // change times must differ
    touch(u"models/20220101-000000-newer-by-time.tar.gz"_s);
    touch(u"models/notes.txt"_s);
    QCOMPARE(project.latestModel(),
             m_dir->filePath(u"models/20220101-000000-newer-by-time.tar.gz"_s));
}

void TestBotProject::domainFolder()
{
    QFile::remove(m_dir->filePath(u"domain.yml"_s));
    touch(u"domain/intents.yml"_s);
    const Result<BotProject> project = BotProject::open(m_dir->path());
    QVERIFY(project);
    QCOMPARE(project->trainArguments(), (QStringList{u"train"_s, u"--domain"_s, u"domain"_s}));
}

QTEST_GUILESS_MAIN(TestBotProject)
#include "tst_botproject.moc"
