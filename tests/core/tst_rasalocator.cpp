#include "project/rasalocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

using Origin = RasaInstallation::Origin;

class TestRasaLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void prefersTheChosenOne();
    void chosenButMissingIsAnError();
    void projectVirtualenvsBeforePath();
    void pathLast();
    void scriptsNameTheirPython();
    void nothingFoundSaysWhereItLooked();

private:
    QString makeExecutable(const QString &relative, const QByteArray &content = "#!/bin/sh\n");

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRasaLocator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"project"_s));
}

QString TestRasaLocator::makeExecutable(const QString &relative, const QByteArray &content)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0)
        return {};
    file.close();
    file.setPermissions(file.permissions() | QFile::ExeOwner);
    return path;
}

void TestRasaLocator::prefersTheChosenOne()
{
    const QString chosen = makeExecutable(u"elsewhere/bin/python3"_s);
    makeExecutable(u"project/.venv/bin/rasa"_s);
    const Result<RasaInstallation> found =
        locateRasa({m_dir->filePath(u"project"_s), chosen, m_dir->filePath(u"bin"_s)});
    QVERIFY2(found, qPrintable(found.error().toString()));
    QCOMPARE(found->origin, Origin::Setting);
    QCOMPARE(found->program, chosen);
    QCOMPARE(found->baseArguments, (QStringList{u"-m"_s, u"rasa"_s}));
}

void TestRasaLocator::chosenButMissingIsAnError()
{
    makeExecutable(u"project/.venv/bin/rasa"_s);
    const QString missing = m_dir->filePath(u"gone/rasa"_s);
    const Result<RasaInstallation> found = locateRasa({m_dir->filePath(u"project"_s), missing, {}});
    QVERIFY(!found);
    QCOMPARE(found.error().where, missing);
    QVERIFY(found.error().message.contains(u"Settings"_s));
}

void TestRasaLocator::projectVirtualenvsBeforePath()
{
    const QString onPath = makeExecutable(u"bin/rasa"_s);
    const QString venv = makeExecutable(u"project/venv/bin/rasa"_s);
    const QString project = m_dir->filePath(u"project"_s);
    Result<RasaInstallation> found = locateRasa({project, {}, m_dir->filePath(u"bin"_s)});
    QVERIFY(found);
    QCOMPARE(found->program, venv);
    QCOMPARE(found->origin, Origin::ProjectVirtualenv);
    const QString dotVenv = makeExecutable(u"project/.venv/bin/rasa"_s);
    found = locateRasa({project, {}, m_dir->filePath(u"bin"_s)});
    QCOMPARE(found->program, dotVenv);
    Q_UNUSED(onPath);
}

void TestRasaLocator::pathLast()
{
    const QString onPath = makeExecutable(u"bin2/rasa"_s);
    const QString path =
        m_dir->filePath(u"bin1"_s) + QDir::listSeparator() + m_dir->filePath(u"bin2"_s);
    const Result<RasaInstallation> found = locateRasa({m_dir->filePath(u"project"_s), {}, path});
    QVERIFY(found);
    QCOMPARE(found->program, onPath);
    QCOMPARE(found->origin, Origin::Path);
}

void TestRasaLocator::scriptsNameTheirPython()
{
    const QString python = makeExecutable(u"venv/bin/python3.10"_s);
    makeExecutable(u"project/.venv/bin/rasa"_s, "#!" + python.toUtf8() + "\nimport rasa\n");
    Result<RasaInstallation> found = locateRasa({m_dir->filePath(u"project"_s), {}, {}});
    QVERIFY(found);
    QCOMPARE(found->python, python);
    // #!/usr/bin/env python3 looks the interpreter up on the PATH given.
    const QString envPython = makeExecutable(u"bin/python3"_s);
    makeExecutable(u"project/.venv/bin/rasa"_s, "#!/usr/bin/env python3\n");
    found = locateRasa({m_dir->filePath(u"project"_s), {}, m_dir->filePath(u"bin"_s)});
    QCOMPARE(found->python, envPython);
}

void TestRasaLocator::nothingFoundSaysWhereItLooked()
{
    const QString project = m_dir->filePath(u"project"_s);
    const QString path = m_dir->filePath(u"empty-bin"_s);
    const Result<RasaInstallation> found = locateRasa({project, {}, path});
    QVERIFY(!found);
    const QString message = found.error().message;
    QVERIFY2(message.contains(QDir(project).filePath(u".venv/bin/rasa"_s)), qPrintable(message));
    QVERIFY(message.contains(QDir(project).filePath(u"venv/bin/rasa"_s)));
    QVERIFY(message.contains(path));
    QVERIFY(message.contains(u"pip install rasa"_s));
    QVERIFY(message.contains(u"Settings › Rasa Executable"_s));
}

QTEST_GUILESS_MAIN(TestRasaLocator)
#include "tst_rasalocator.moc"
