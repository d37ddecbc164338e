// The embedded German and Spanish translations load, the language choice
// follows override > setting > system locale, and the real main window,
// core error messages and the Language menu come out translated.
#include "languagemenu.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "translations.h"

#include "model/event.h"
#include "model/yamlreader.h"
#include "rasa/rasaclient.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chooseFollowsOverrideThenSettingThenSystem_data();
    void chooseFollowsOverrideThenSettingThenSystem();
    void everyLanguageIsEmbedded();
    void mainWindowIsTranslated_data();
    void mainWindowIsTranslated();
    void coreMessagesAreTranslated();
    void languageMenuStoresTheChoice();

private:
    static QStringList menuTitles(const MainWindow &window);

    std::unique_ptr<MainWindowFixture> m_fixture;
};

void TestTranslations::init()
{
    m_fixture = std::make_unique<MainWindowFixture>();
}

void TestTranslations::cleanup()
{
    QVERIFY(Translations::install(u"en"_s));
    m_fixture.reset();
}

void TestTranslations::chooseFollowsOverrideThenSettingThenSystem_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("german system") << QString() << QString() << u"de_AT"_s << u"de"_s;
    QTest::newRow("spanish system") << QString() << QString() << u"es_MX"_s << u"es"_s;
    QTest::newRow("unsupported system") << QString() << QString() << u"fr_FR"_s << u"en"_s;
    QTest::newRow("setting wins") << QString() << u"es"_s << u"de_DE"_s << u"es"_s;
    QTest::newRow("english setting") << QString() << u"en"_s << u"de_DE"_s << u"en"_s;
    QTest::newRow("override wins") << u"de"_s << u"es"_s << u"es_ES"_s << u"de"_s;
    QTest::newRow("unknown override") << u"xx"_s << QString() << u"es_ES"_s << u"es"_s;
    QTest::newRow("region in override") << u"DE_ch"_s << QString() << u"en_US"_s << u"de"_s;
}

void TestTranslations::chooseFollowsOverrideThenSettingThenSystem()
{
    QFETCH(QString, override);
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::choose(override, setting, QLocale(system)), expected);
}

void TestTranslations::everyLanguageIsEmbedded()
{
    const QList<Translations::Language> languages = Translations::available();
    QCOMPARE(languages.size(), 3);
    for (const Translations::Language &language : languages) {
        if (language.code != u"en")
            QVERIFY2(QFile::exists(Translations::resourcePath(language.code)),
                     qPrintable(language.code));
        QVERIFY(Translations::install(language.code));
        QCOMPARE(Translations::current(), language.code);
    }
    QVERIFY(!Translations::install(u"fr"_s));
    QCOMPARE(Translations::current(), u"en"_s);
}

QStringList TestTranslations::menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (const QAction *menu : menus)
        titles.append(menu->text());
    return titles;
}

void TestTranslations::mainWindowIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("openText");
    QTest::addColumn<QString>("connectTip");
    QTest::addColumn<QString>("status");
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"&File"_s, u"&Conversation"_s, u"&View"_s, u"&Settings"_s,
                                       u"&Help"_s}
                        << u"&Open…"_s << u"Connect ("_s << u"No server"_s;
    QTest::newRow("de") << u"de"_s
                        << QStringList{u"&Datei"_s, u"&Gespräch"_s, u"&Ansicht"_s,
                                       u"&Einstellungen"_s, u"&Hilfe"_s}
                        << u"Ö&ffnen…"_s << u"Verbinden ("_s << u"Kein Server"_s;
    QTest::newRow("es") << u"es"_s
                        << QStringList{u"&Archivo"_s, u"&Conversación"_s, u"&Ver"_s, u"Aj&ustes"_s,
                                       u"A&yuda"_s}
                        << u"&Abrir…"_s << u"Conectar ("_s << u"Sin servidor"_s;
}

void TestTranslations::mainWindowIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, openText);
    QFETCH(QString, connectTip);
    QFETCH(QString, status);
    QVERIFY(Translations::install(language));
    MainWindow window;
    QCOMPARE(menuTitles(window), menus);
    QCOMPARE(window.action(MainWindow::ActionId::Open)->text(), openText);
    auto *toolBar = window.findChild<QToolBar *>(u"MainToolBar"_s);
    QVERIFY(toolBar);
    QWidget *button = toolBar->widgetForAction(window.action(MainWindow::ActionId::Connect));
    QVERIFY(button);
    QVERIFY2(button->toolTip().startsWith(connectTip), qPrintable(button->toolTip()));
    QVERIFY2(window.statusText().startsWith(status), qPrintable(window.statusText()));
    // Every toolbar button fits a 1200 px window; none hides in the overflow.
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        QWidget *widget = toolBar->widgetForAction(action);
        QVERIFY2(widget && widget->isVisible(),
                 qPrintable(language + u": "_s + action->iconText()));
    }
}

void TestTranslations::coreMessagesAreTranslated()
{
    QVERIFY(Translations::install(u"de"_s));
    const auto german = RasaClient::serverUrlFromUserInput(u"   "_s);
    QVERIFY(!german);
    QVERIFY2(german.error().message.startsWith(u"Geben Sie die Adresse des Rasa-Servers ein"),
             qPrintable(german.error().message));
    QVERIFY(Translations::install(u"es"_s));
    const auto spanish = RasaClient::serverUrlFromUserInput(u"   "_s);
    QVERIFY(!spanish);
    QVERIFY2(spanish.error().message.startsWith(u"Introduzca la dirección del servidor Rasa"),
             qPrintable(spanish.error().message));

    // Messages of free functions and of classes without QObject are filed
    // under their own context (Q_DECLARE_TR_FUNCTIONS), which the plain
    // QTranslator finds: no lookup in other contexts helps them.
    QVERIFY(Translations::install(u"de"_s));
    const auto yaml = parseYaml("key: [unclosed");
    QVERIFY(!yaml);
    QVERIFY2(yaml.error().message.startsWith(u"ungültiges YAML: "_s),
             qPrintable(yaml.error().message));
    const auto event = Event::fromJson(QJsonValue(42));
    QVERIFY(!event);
    QCOMPARE(event.error().message, u"ein Ereignis muss ein JSON-Objekt sein"_s);
}

void TestTranslations::languageMenuStoresTheChoice()
{
    QVERIFY(Translations::install(u"de"_s));
    LanguageMenu menu(nullptr, m_fixture->settings());
    QCOMPARE(menu.title(), u"&Sprache"_s);
    QVERIFY(menu.actionFor(QString())->isChecked());
    menu.actionFor(u"es"_s)->trigger();
    QCOMPARE(m_fixture->settings()->value(Settings::Key::Language).toString(), u"es"_s);
    QVERIFY(menu.actionFor(u"es"_s)->isChecked());
    QVERIFY(!menu.actionFor(QString())->isChecked());

    // A new menu (the next start) shows the stored choice; System resets it.
    LanguageMenu again(nullptr, m_fixture->settings());
    QVERIFY(again.actionFor(u"es"_s)->isChecked());
    again.actionFor(QString())->trigger();
    QCOMPARE(m_fixture->settings()->value(Settings::Key::Language).toString(), QString());
    QCOMPARE(Translations::choose({},
                                  m_fixture->settings()->value(Settings::Key::Language).toString(),
                                  QLocale(u"de_DE"_s)),
             u"de"_s);

    // A language this version does not ship (from a newer one) shows as System.
    m_fixture->settings()->setValue(Settings::Key::Language, u"fr"_s);
    LanguageMenu unknown(nullptr, m_fixture->settings());
    QVERIFY(unknown.actionFor(QString())->isChecked());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
