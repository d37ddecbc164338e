#include "project/rasainstallation.h"

#include "testsupport/testdata.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestRasaInstallation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRealVersionOutput_data();
    void parsesRealVersionOutput();
    void refusesOutputWithoutAVersion();
    void supportedVersions_data();
    void supportedVersions();
    void interpreterRunsRasaAsAModule();
    void pythonFromShebang_data();
    void pythonFromShebang();
};

void TestRasaInstallation::parsesRealVersionOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rasa");
    QTest::addColumn<QString>("sdk");
    QTest::addColumn<QString>("python");
    QTest::newRow("2.8") << u"launcher/rasa-2.8/version.txt"_s << u"2.8.34"_s << u"2.8.11"_s
                         << u"3.8.18"_s;
    // 3.6 prints an SQLAlchemy warning first (on stderr).
    QTest::newRow("3.6") << u"launcher/rasa-3.6/version.txt"_s << u"3.6.21"_s << u"3.6.2"_s
                         << u"3.10.13"_s;
}

void TestRasaInstallation::parsesRealVersionOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, rasa);
    QFETCH(QString, sdk);
    QFETCH(QString, python);
    const Result<RasaVersionOutput> output =
        RasaVersionOutput::parse(TestSupport::readFile(TestSupport::dataPath(file)));
    QVERIFY2(output, qPrintable(output.error().toString()));
    QCOMPARE(output->rasa, rasa);
    QCOMPARE(output->sdk, sdk);
    QCOMPARE(output->python, python);
    QVERIFY(output->pythonPath.endsWith(u"/bin/python"_s));
}

void TestRasaInstallation::refusesOutputWithoutAVersion()
{
    const auto output = RasaVersionOutput::parse("usage: rasa [-h] [--version]\n");
    QVERIFY(!output);
    QVERIFY(output.error().message.contains(u"Rasa Version"_s));
    QVERIFY(!RasaVersionOutput::parse("Rasa Version      :         latest\n"));
}

void TestRasaInstallation::supportedVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("supported");
    QTest::newRow("2.8") << u"2.8.34"_s << true;
    QTest::newRow("3.6") << u"3.6.21"_s << true;
    QTest::newRow("1.10") << u"1.10.26"_s << false;
    QTest::newRow("4.0") << u"4.0.0"_s << false;
}

void TestRasaInstallation::supportedVersions()
{
    QFETCH(QString, version);
    QFETCH(bool, supported);
    RasaInstallation rasa = RasaInstallation::fromPath(u"/opt/bot/.venv/bin/rasa"_s,
                                                       RasaInstallation::Origin::ProjectVirtualenv);
    rasa.version = version;
    const Status status = checkSupportedVersion(rasa);
    QCOMPARE(bool(status), supported);
    if (!supported) {
        QVERIFY(status.error().message.contains(version));
        QVERIFY(status.error().message.contains(u"pip install rasa"_s));
        QCOMPARE(status.error().where, u"/opt/bot/.venv/bin/rasa"_s);
    }
}

void TestRasaInstallation::interpreterRunsRasaAsAModule()
{
    const RasaInstallation python = RasaInstallation::fromPath(u"/opt/venv/bin/python3.10"_s,
                                                               RasaInstallation::Origin::Setting);
    QCOMPARE(python.program, u"/opt/venv/bin/python3.10"_s);
    QCOMPARE(python.python, u"/opt/venv/bin/python3.10"_s);
    QCOMPARE(python.arguments({u"--version"_s}), (QStringList{u"-m"_s, u"rasa"_s, u"--version"_s}));
    QCOMPARE(python.location(), u"/opt/venv/bin/python3.10 -m rasa"_s);
    const RasaInstallation rasa =
        RasaInstallation::fromPath(u"/usr/bin/rasa"_s, RasaInstallation::Origin::Path);
    QCOMPARE(rasa.arguments({u"train"_s}), QStringList{u"train"_s});
    QVERIFY(rasa.python.isEmpty());
}

void TestRasaInstallation::pythonFromShebang_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("python");
    QTest::newRow("venv") << QByteArray("#!/root/.cache/rasa-coach-e2e/venv-2.8/bin/python")
                          << u"/root/.cache/rasa-coach-e2e/venv-2.8/bin/python"_s;
    QTest::newRow("shell") << QByteArray("#!/bin/bash") << QString();
    QTest::newRow("none") << QByteArray("ELF") << QString();
    QTest::newRow("env sh") << QByteArray("#!/usr/bin/env bash") << QString();
}

void TestRasaInstallation::pythonFromShebang()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, python);
    QCOMPARE(RasaInstallation::pythonFromShebang(line, u"/usr/bin:/bin"_s), python);
}

QTEST_GUILESS_MAIN(TestRasaInstallation)
#include "tst_rasainstallation.moc"
