#include "settings.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsComeFromTheTable();
    void changedOnlyOnRealChanges();
    void valuesPersistInTheFile();
    void recentFilesAreCappedAndDeduplicated();
    void dialogGeometryIsKeyedByName();
    void tokenIsNeverAKey();
};

void TestSettings::defaultsComeFromTheTable()
{
    auto settings = Settings::createTemporary();
    QCOMPARE(settings->value(Settings::Key::LastServerUrl).toString(), u"http://localhost:5005"_s);
    QCOMPARE(settings->value(Settings::Key::RequestTimeoutSeconds).toInt(), 30);
    QCOMPARE(settings->value(Settings::Key::ExportE2e).toBool(), false);
    QVERIFY(settings->recentFiles().isEmpty());
    QCOMPARE(Settings::path(Settings::Key::LastServerUrl), u"Connection/ServerUrl"_s);
}

void TestSettings::changedOnlyOnRealChanges()
{
    auto settings = Settings::createTemporary();
    QSignalSpy spy(settings.get(), &Settings::changed);
    settings->setValue(Settings::Key::LastServerUrl, u"http://localhost:5005"_s); // the default
    QCOMPARE(spy.size(), 0);
    settings->setValue(Settings::Key::LastServerUrl, u"http://rasa:5005"_s);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::LastServerUrl);
    settings->setValue(Settings::Key::LastServerUrl, u"http://rasa:5005"_s);
    QCOMPARE(spy.size(), 1);
    settings->reset(Settings::Key::LastServerUrl);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(settings->value(Settings::Key::LastServerUrl).toString(), u"http://localhost:5005"_s);
    settings->reset(Settings::Key::LastServerUrl);
    QCOMPARE(spy.size(), 2);
}

void TestSettings::valuesPersistInTheFile()
{
    auto settings = Settings::createTemporary();
    settings->setValue(Settings::Key::RequestTimeoutSeconds, 12);
    settings->setValue(Settings::Key::ExportE2e, true);
    settings->sync();
    Settings reopened(settings->fileName());
    QCOMPARE(reopened.value(Settings::Key::RequestTimeoutSeconds).toInt(), 12);
    QCOMPARE(reopened.value(Settings::Key::ExportE2e).toBool(), true);
}

void TestSettings::recentFilesAreCappedAndDeduplicated()
{
    auto settings = Settings::createTemporary();
    for (int i = 0; i < Settings::MaxRecentFiles + 3; ++i)
        settings->addRecentFile(u"/tmp/s%1.coach"_s.arg(i));
    QCOMPARE(settings->recentFiles().size(), Settings::MaxRecentFiles);
    settings->addRecentFile(u"/tmp/s5.coach"_s);
    QCOMPARE(settings->recentFiles().constFirst(), u"/tmp/s5.coach"_s);
    QCOMPARE(settings->recentFiles().count(u"/tmp/s5.coach"_s), 1);
    settings->removeRecentFile(u"/tmp/s5.coach"_s);
    QVERIFY(!settings->recentFiles().contains(u"/tmp/s5.coach"_s));
}

void TestSettings::dialogGeometryIsKeyedByName()
{
    auto settings = Settings::createTemporary();
    settings->setDialogGeometry(u"Export"_s, "abc");
    QCOMPARE(settings->dialogGeometry(u"Export"_s), QByteArray("abc"));
    QVERIFY(settings->dialogGeometry(u"Connection"_s).isEmpty());
}

void TestSettings::tokenIsNeverAKey()
{
    for (int i = 0; i < static_cast<int>(Settings::Key::KeyCount); ++i) {
        const QString path = Settings::path(static_cast<Settings::Key>(i));
        QVERIFY2(!path.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(path));
    }
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
