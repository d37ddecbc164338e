// Help → About Rasa Coach shows the version, both Qt versions, the
// licences (the app's and the bundled Rasa example bots') and the project
// page, in the user's language.
#include "aboutdialog.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionsLicencesAndLink();
    void isTranslated();
    void helpMenuOpensIt();
};

void TestAboutDialog::showsVersionsLicencesAndLink()
{
    AboutDialog dialog;
    const QString text = dialog.text();
    QVERIFY2(text.contains(u"Version "_s + QStringLiteral(COACH_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    QCOMPARE(text.count(u"Apache License 2.0"_s), 2); // the app and the example bots
    QVERIFY(text.contains(u"moodbot"_s));
    QVERIFY(text.contains(u"Rasa Technologies GmbH"_s));
    QVERIFY(AboutDialog::projectUrl().startsWith(u"https://"_s));
    QVERIFY(text.contains(u"<a href=\"%1\">"_s.arg(AboutDialog::projectUrl())));
    QCOMPARE(dialog.windowTitle(), u"About Rasa Coach"_s);
}

void TestAboutDialog::isTranslated()
{
    QVERIFY(Translations::install(u"de"_s));
    AboutDialog german;
    QCOMPARE(german.windowTitle(), u"Über Rasa Coach"_s);
    QVERIFY2(german.text().contains(u"läuft mit Qt %1"_s.arg(QString::fromLatin1(qVersion()))),
             qPrintable(german.text()));
    QVERIFY(german.text().contains(u"Mitwirkende"_s));
    QVERIFY(Translations::install(u"es"_s));
    AboutDialog spanish;
    QVERIFY(spanish.text().contains(u"Versión "_s + QStringLiteral(COACH_VERSION)));
    QVERIFY(Translations::install(u"en"_s));
}

void TestAboutDialog::helpMenuOpensIt()
{
    const MainWindowFixture fixture;
    {
        MainWindow window;
        window.show();
        auto *help = window.findChild<HelpMenu *>();
        QVERIFY(help);
        QVERIFY(!window.findChild<AboutDialog *>());
        help->aboutAction()->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->isModal());
        dialog->reject();
        QTRY_VERIFY(!window.findChild<AboutDialog *>()); // deleted when closed
    }
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
