// Mnemonics on a real X server: every menu of the main window opens with
// its Alt key and every item with a mnemonic runs from its letter; labels
// in dialogs focus their fields (no literal "&"), and no two visible
// mnemonics of a page collide, in English, German and Spanish.
#include "annotationpanel.h"
#include "coachonx11.h"
#include "entitypicker.h"
#include "filedialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settings.h"
#include "translations.h"

#include "fakerasa/fakerasaserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;
using Page = CoachOnX11::Page;

namespace {

//! The key of a "&File"-style mnemonic, as an X keysym name ("f"), or empty.
QString mnemonicKey(const QString &text)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (mnemonic.isEmpty())
        return {};
    return QString(QChar(mnemonic[0].key())).toLower();
}

//! The visible mnemonics of a window: menus, buttons and labels with buddies.
QStringList visibleMnemonics(QWidget *window)
{
    QStringList keys;
    if (auto *main = qobject_cast<MainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            keys.append(mnemonicKey(menu->text()));
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->isEnabled())
            keys.append(mnemonicKey(button->text()));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            keys.append(mnemonicKey(label->text()));
    }
    keys.removeAll(QString());
    return keys;
}

QStringList duplicates(QStringList keys)
{
    QStringList twice;
    keys.sort();
    for (qsizetype i = 1; i < keys.size(); ++i) {
        if (keys.at(i) == keys.at(i - 1) && !twice.contains(keys.at(i)))
            twice.append(keys.at(i));
    }
    return twice;
}

//! Labels that would show their "&" literally (a mnemonic without buddy).
QStringList literalAmpersands(QWidget *window)
{
    QStringList texts;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->textFormat() != Qt::RichText && !label->buddy()
            && !QKeySequence::mnemonic(label->text()).isEmpty())
            texts.append(label->text());
    }
    return texts;
}

} // namespace

class TestX11Menus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void menuBarMnemonicsOpenTheirMenus();
    void menuItemMnemonicsRunTheirActions();
    void dialogLabelsFocusTheirFields();
    void mnemonicsAreUniqueOnEveryPage_data();
    void mnemonicsAreUniqueOnEveryPage();

private:
    bool startConnected();
    bool openMenu(QMenu *menu, const QString &key);
    bool closeMenus();
    bool runItem(QMenu *menu, const QString &menuKey, QAction *item);
    void checkPage(const QString &page);

    std::unique_ptr<CoachOnX11> m_app;
};

void TestX11Menus::initTestCase()
{
    QGuiApplication::setQuitOnLastWindowClosed(false); // File › Quit is one of the items
}

void TestX11Menus::cleanup()
{
    m_app.reset();
    FileDialog::setNextFileName({});
    QVERIFY(Translations::install(u"en"_s));
}

bool TestX11Menus::startConnected()
{
    m_app = std::make_unique<CoachOnX11>();
    Settings::instance()->addRecentFile(QStringLiteral(COACH_SOURCE_DIR)
                                        + u"/resources/examples/moodbot.coach"_s);
    return m_app->start() && m_app->connectByKeyboard() && m_app->say(u"hello"_s)
        && m_app->waitForPage(Page::Annotation) && m_app->keys().press(u"Return"_s)
        && m_app->confirmUntilListening();
}

bool TestX11Menus::openMenu(QMenu *menu, const QString &key)
{
    return m_app->pressInWindow(u"alt+"_s + key)
        && m_app->waitFor([menu] { return QApplication::activePopupWidget() == menu; });
}

bool TestX11Menus::closeMenus()
{
    // Escape closes the popup, a second one leaves the menu bar.
    for (int i = 0; i < 4 && QApplication::activePopupWidget(); ++i) {
        m_app->keys().press(u"Escape"_s);
        m_app->waitFor([] { return !QApplication::activePopupWidget(); }, 500);
    }
    m_app->keys().press(u"Escape"_s);
    return !QApplication::activePopupWidget();
}

void TestX11Menus::menuBarMnemonicsOpenTheirMenus()
{
    m_app = std::make_unique<CoachOnX11>();
    QVERIFY2(m_app->start(), qPrintable(m_app->error()));
    const QList<QAction *> menus = m_app->window().menuBar()->actions();
    QVERIFY(menus.size() >= 5);
    for (QAction *entry : menus) {
        const QString key = mnemonicKey(entry->text());
        QVERIFY2(!key.isEmpty(), qPrintable(entry->text()));
        QVERIFY2(openMenu(entry->menu(), key), qPrintable(entry->text()));
        QVERIFY(closeMenus());
    }
    QVERIFY(duplicates(visibleMnemonics(&m_app->window())).isEmpty());
}

bool TestX11Menus::runItem(QMenu *menu, const QString &menuKey, QAction *item)
{
    QSignalSpy triggered(item, &QAction::triggered);
    // Whatever the item opens (a file, a question, a dialog) is cancelled.
    FileDialog::setNextFileName({});
    m_app->whenDialogShows([this](QWidget *) { m_app->keys().press(u"Escape"_s); });
    const bool ran = openMenu(menu, menuKey) && m_app->keys().press(mnemonicKey(item->text()))
        && m_app->waitFor([&] { return !triggered.isEmpty() || item->menu() != nullptr; });
    if (item->menu()) {
        const bool opened =
            m_app->waitFor([item] { return QApplication::activePopupWidget() == item->menu(); });
        m_app->dropDialogHandlers();
        return closeMenus() && opened;
    }
    // A dialog opened without blocking is answered by the timer as well.
    m_app->waitFor([&] { return !QApplication::activeModalWidget(); }, 3000);
    m_app->dropDialogHandlers();
    closeMenus();
    m_app->waitFor([&] { return m_app->window().promptArea()->page() != Page::Busy; });
    bool active = true;
    if (!m_app->window().isVisible()) { // File › Quit closed the window
        m_app->window().show();
        m_app->window().activateWindow();
        active = QTest::qWaitForWindowActive(&m_app->window());
    }
    return ran && active && triggered.size() == 1;
}

void TestX11Menus::menuItemMnemonicsRunTheirActions()
{
    QVERIFY2(startConnected(), qPrintable(m_app->error()));
    int ran = 0;
    for (QAction *entry : m_app->window().menuBar()->actions()) {
        QMenu *menu = entry->menu();
        QStringList keys;
        for (QAction *item : menu->actions()) {
            if (item->isSeparator() || !item->isVisible())
                continue;
            const QString key = mnemonicKey(item->text());
            QVERIFY2(!key.isEmpty() || !item->isEnabled(),
                     qPrintable(u"no mnemonic: "_s + item->text()));
            keys.append(key);
            if (key.isEmpty() || !item->isEnabled())
                continue;
            QVERIFY2(runItem(menu, mnemonicKey(entry->text()), item),
                     qPrintable(entry->text() + u" › "_s + item->text()));
            ++ran;
        }
        keys.removeAll(QString());
        QVERIFY2(duplicates(keys).isEmpty(), qPrintable(duplicates(keys).join(u", "_s)));
    }
    QVERIFY(ran >= 15);
}

void TestX11Menus::dialogLabelsFocusTheirFields()
{
    m_app = std::make_unique<CoachOnX11>();
    QVERIFY2(m_app->start(), qPrintable(m_app->error()));
    for (const QString &shortcut : {u"ctrl+k"_s, u"ctrl+shift+e"_s}) {
        QVERIFY(m_app->pressInWindow(shortcut));
        QWidget *dialog = m_app->waitForDialog();
        QVERIFY2(dialog, qPrintable(shortcut));
        QVERIFY2(literalAmpersands(dialog).isEmpty(),
                 qPrintable(literalAmpersands(dialog).join(u", "_s)));
        QVERIFY(duplicates(visibleMnemonics(dialog)).isEmpty());
        int labels = 0;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            const QString key = mnemonicKey(label->text());
            if (key.isEmpty() || !label->isVisible() || !label->buddy()->isEnabled())
                continue;
            QVERIFY(m_app->keys().press(u"alt+"_s + key));
            QVERIFY2(m_app->waitForFocus(label->buddy()), qPrintable(label->text()));
            ++labels;
        }
        QVERIFY(labels >= 3);
        QVERIFY(m_app->keys().press(u"Escape"_s));
        QVERIFY(m_app->waitFor([] { return !QApplication::activeModalWidget(); }));
    }
}

void TestX11Menus::mnemonicsAreUniqueOnEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestX11Menus::checkPage(const QString &page)
{
    MainWindow &window = m_app->window();
    const QStringList twice = duplicates(visibleMnemonics(&window));
    QVERIFY2(twice.isEmpty(), qPrintable(page + u": "_s + twice.join(u", "_s)));
    QVERIFY2(literalAmpersands(&window).isEmpty(),
             qPrintable(page + u": "_s + literalAmpersands(&window).join(u", "_s)));
}

void TestX11Menus::mnemonicsAreUniqueOnEveryPage()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    m_app = std::make_unique<CoachOnX11>();
    QVERIFY2(m_app->start(), qPrintable(m_app->error()));
    checkPage(u"idle"_s);
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
    checkPage(u"message"_s);
    QVERIFY2(m_app->say(u"I feel sad today"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    checkPage(u"annotation"_s);
    QVERIFY(m_app->keys().press(u"ctrl+e"_s));
    QVERIFY(m_app->keys().press(u"shift+End"_s));
    QVERIFY(m_app->keys().press(u"e"_s));
    QVERIFY(m_app->waitFor([&] {
        return m_app->window().promptArea()->annotationPanel()->entityPicker()->isVisible();
    }));
    checkPage(u"entity picker"_s);
    QVERIFY(m_app->keys().press(u"Escape"_s));
    QVERIFY(m_app->keys().press(u"ctrl+i"_s));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->waitForPage(Page::Action));
    checkPage(u"action"_s);
    m_app->server().addFault(
        FakeRasa::Fault::httpError(u"POST"_s, u"/execute"_s, 500, u"ActionError"_s, u"down"_s));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->waitForPage(Page::Failed));
    checkPage(u"failure"_s);
}

QTEST_MAIN(TestX11Menus)
#include "tst_x11menus.moc"
