#include "coachonx11.h"

#include "conversationmodel.h"
#include "mainwindow.h"
#include "messageinput.h"
#include "settings.h"

#include "fakerasa/fakerasaserver.h"
#include "session/sessiondocument.h"
#include "session/sessionrecovery.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGuiApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

CoachOnX11::CoachOnX11()
    : m_settings(Coach::Settings::createTemporary())
    , m_server(std::make_unique<Coach::FakeRasa::FakeRasaServer>())
{
    Coach::Settings::setInstance(m_settings.get());
    Coach::SessionRecovery::setDirectory(m_dir.filePath(u"recovery"_s));
}

CoachOnX11::~CoachOnX11()
{
    m_window.reset();
    Coach::SessionRecovery::setDirectory({});
    Coach::Settings::setInstance(nullptr);
}

QString CoachOnX11::moodbotFolder() const
{
    return QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s;
}

bool CoachOnX11::start(const QSize &size)
{
    if (QGuiApplication::platformName() != u"xcb"_s) {
        m_error = u"needs a real X server (platform xcb), runs on '%1'"_s.arg(
            QGuiApplication::platformName());
        return false;
    }
    if (!m_keys.isOpen()) {
        m_error = m_keys.error();
        return false;
    }
    const Coach::Status loaded = m_server->loadBot(moodbotFolder());
    if (!loaded || m_server->listen() == 0) {
        m_error = loaded ? m_server->errorString() : loaded.error().toString();
        return false;
    }
    m_window = std::make_unique<Coach::MainWindow>();
    keepFocusLikeAWindowManager();
    m_window->resize(size);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        m_error = u"the main window never became active"_s;
        return false;
    }
    return true;
}

void CoachOnX11::keepFocusLikeAWindowManager()
{
    // Xvfb runs no window manager, and without one nobody gives the
    // keyboard back to the main window when a dialog closes (X sends the
    // focus to the root window). A window manager would focus the dialog
    // that is up, else the main window; so does this.
    auto *keeper = new QTimer(m_window.get());
    keeper->setInterval(20);
    QObject::connect(keeper, &QTimer::timeout, keeper, [this] {
        if (QApplication::activeWindow() || QApplication::activePopupWidget())
            return;
        QWidget *modal = QApplication::activeModalWidget();
        QWidget *target = modal && modal->isVisible() ? modal : m_window.get();
        if (target->isVisible())
            target->activateWindow();
    });
    keeper->start();
}

bool CoachOnX11::waitFor(const std::function<bool()> &condition, int timeout) const
{
    return QTest::qWaitFor(condition, timeout);
}

bool CoachOnX11::waitForPage(Page page) const
{
    return waitFor([&] { return m_window->promptArea()->page() == page; });
}

bool CoachOnX11::waitForFocus(const QWidget *widget) const
{
    return waitFor([widget] {
        const QWidget *focus = QApplication::focusWidget();
        return focus && (focus == widget || widget->isAncestorOf(focus));
    });
}

bool CoachOnX11::waitForWindowActive() const
{
    return waitFor([this] {
        return QApplication::activeWindow() == m_window.get() && !QApplication::activeModalWidget();
    });
}

bool CoachOnX11::pressInWindow(const QString &combination)
{
    return waitForWindowActive() && m_keys.press(combination);
}

QWidget *CoachOnX11::waitForDialog() const
{
    QWidget *dialog = nullptr;
    waitFor([&] {
        dialog = QApplication::activeModalWidget();
        return dialog && dialog->isVisible() && QApplication::activeWindow() == dialog;
    });
    return dialog && QApplication::activeWindow() == dialog ? dialog : nullptr;
}

bool CoachOnX11::connectByKeyboard()
{
    if (!pressInWindow(u"ctrl+k"_s))
        return false;
    QWidget *dialog = waitForDialog();
    if (!dialog) {
        m_error = u"Ctrl+K opened no dialog"_s;
        return false;
    }
    // The server URL has the focus; Tab leads to the bot project field (its
    // Alt key is tested on its own, in tst_x11menus).
    QLineEdit *project = nullptr;
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().contains(u"domain.yml"_s))
            project = edit;
    }
    if (!project || !m_keys.press(u"ctrl+a"_s) || !m_keys.type(m_server->url().toString()))
        return false;
    for (int i = 0; i < 8 && QApplication::focusWidget() != project; ++i) {
        QWidget *before = QApplication::focusWidget();
        m_keys.press(u"Tab"_s);
        waitFor([before] { return QApplication::focusWidget() != before; }, 1000);
    }
    if (QApplication::focusWidget() != project || !m_keys.press(u"ctrl+a"_s)
        || !m_keys.type(moodbotFolder()) || !m_keys.press(u"Return"_s))
        return false;
    if (!waitForPage(Page::Message)) {
        m_error = u"not listening after connecting: %1"_s.arg(m_window->statusText());
        return false;
    }
    return true;
}

bool CoachOnX11::say(const QString &text)
{
    Coach::MessageInput *input = m_window->promptArea()->messageInput();
    if (!waitForPage(Page::Message) || !waitForFocus(input)) {
        m_error =
            u"the message box is not there or has no focus (focus: %1)"_s.arg(QString::fromLatin1(
                QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                            : "none"));
        return false;
    }
    const QString before = input->text();
    if (!m_keys.type(text) || !waitFor([&] { return input->text() == before + text; })) {
        m_error = u"typed “%1”, the message box says “%2”"_s.arg(text, input->text());
        return false;
    }
    return m_keys.press(u"Return"_s);
}

bool CoachOnX11::confirmUntilListening()
{
    for (int step = 0; step < 10; ++step) {
        if (!waitFor([&] {
                const Page page = m_window->promptArea()->page();
                return page == Page::Action || page == Page::Message;
            }))
            return false;
        if (m_window->promptArea()->page() == Page::Message)
            return true;
        const int rows = m_window->conversationModel()->rowCount();
        if (!m_keys.press(u"Return"_s)
            || !waitFor([&] { return m_window->conversationModel()->rowCount() > rows; }))
            return false;
    }
    return false;
}

Coach::Tracker CoachOnX11::serverTracker() const
{
    const Coach::SessionDocument *document = m_window->document();
    const int current = document->currentConversation();
    return current < 0 ? Coach::Tracker() : m_server->tracker(document->conversationId(current));
}

QStringList CoachOnX11::serverEventTypes(qsizetype from) const
{
    QStringList types;
    const Coach::EventList events = serverTracker().events();
    for (qsizetype i = from; i < events.size(); ++i)
        types.append(events.at(i).typeName());
    return types;
}

void CoachOnX11::whenDialogShows(std::function<void(QWidget *dialog)> handle)
{
    m_dialogHandlers.append(std::move(handle));
    if (!m_dialogPoll) {
        m_dialogPoll = new QTimer(m_window.get());
        m_dialogPoll->setInterval(20);
        QObject::connect(m_dialogPoll, &QTimer::timeout, m_dialogPoll, [this] { pollDialogs(); });
    }
    m_dialogPoll->start();
}

void CoachOnX11::dropDialogHandlers()
{
    m_dialogHandlers.clear();
    if (m_dialogPoll)
        m_dialogPoll->stop();
}

void CoachOnX11::pollDialogs()
{
    QWidget *dialog = QApplication::activeModalWidget();
    if (!dialog || !dialog->isVisible() || QApplication::activeWindow() != dialog
        || (dialog == m_lastDialog && dialog->isVisible()) || m_dialogHandlers.isEmpty())
        return;
    m_lastDialog = dialog;
    const auto handle = m_dialogHandlers.takeFirst();
    if (m_dialogHandlers.isEmpty())
        m_dialogPoll->stop();
    ++m_handledDialogs;
    handle(dialog);
}

bool CoachOnX11::pressButton(QAbstractButton *button)
{
    for (int i = 0; i < 12 && QApplication::focusWidget() != button; ++i) {
        QWidget *before = QApplication::focusWidget();
        m_keys.press(u"Tab"_s);
        waitFor([before] { return QApplication::focusWidget() != before; }, 1000);
    }
    return QApplication::focusWidget() == button && m_keys.press(u"space"_s);
}
