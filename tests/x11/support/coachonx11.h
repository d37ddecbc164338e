#pragma once

#include "promptarea.h"
#include "x11keyboard.h"

#include "model/tracker.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QAbstractButton;
class QTimer;
class QWidget;

namespace Coach {
class MainWindow;
class Settings;
namespace FakeRasa {
class FakeRasaServer;
}
} // namespace Coach

//! A real Rasa Coach main window on the X server the test runs on, a
//! fake Rasa server with the example mood bot on 127.0.0.1, temporary
//! settings and recovery folder, and a keyboard that types through XTEST.
//! Everything a test does to the window goes through real keys; what it
//! checks is the window's state and the server's tracker.
class CoachOnX11 final
{
public:
    using Page = Coach::PromptArea::Page;
    static constexpr int Timeout = 15000;

    CoachOnX11();
    ~CoachOnX11();
    CoachOnX11(const CoachOnX11 &) = delete;
    CoachOnX11 &operator=(const CoachOnX11 &) = delete;

    //! Shows the window, 1,280 × 800 unless told otherwise, and waits until
    //! it has the keyboard. False (error() says why) when something is missing.
    bool start(const QSize &size = {1280, 800});
    QString error() const { return m_error; }

    Coach::MainWindow &window() const { return *m_window; }
    Coach::FakeRasa::FakeRasaServer &server() const { return *m_server; }
    X11Keyboard &keys() { return m_keys; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString moodbotFolder() const;

    //! File ▸ Connect by keyboard: Ctrl+K, the server URL and the bot
    //! folder typed into the dialog, Enter; waits until the bot listens.
    bool connectByKeyboard();
    //! Types a user message into the message box and presses Enter.
    bool say(const QString &text);
    //! Enter on every action question until the bot listens again.
    bool confirmUntilListening();

    bool waitFor(const std::function<bool()> &condition, int timeout = Timeout) const;
    bool waitForPage(Page page) const;
    //! Waits until `widget` (or a child of it) has the keyboard focus.
    bool waitForFocus(const QWidget *widget) const;
    //! Waits until the main window has the keyboard again (after a dialog).
    bool waitForWindowActive() const;
    //! A shortcut of the main window: waits until it is active, then presses.
    bool pressInWindow(const QString &combination);
    //! Waits until a modal dialog is up and active; nullptr on timeout.
    QWidget *waitForDialog() const;
    //! Runs `handle` once on the next modal dialog that shows up and gets
    //! the keyboard (handlers queue up: one per dialog, in order). A dialog
    //! shown with exec() blocks the test's own code until it closes; the
    //! handler runs inside its event loop and answers it with keys.
    void whenDialogShows(std::function<void(QWidget *dialog)> handle);
    //! Forgets handlers that found no dialog.
    void dropDialogHandlers();
    //! Tabs to `button` (of a dialog) and presses Space on it.
    bool pressButton(QAbstractButton *button);
    //! Dialogs handled by whenDialogShows() so far.
    int handledDialogs() const { return m_handledDialogs; }
    //! The server's tracker of the conversation the window shows.
    Coach::Tracker serverTracker() const;
    //! Types of the server's events after index `from`, e.g. "user", "undo".
    QStringList serverEventTypes(qsizetype from = 0) const;

private:
    void keepFocusLikeAWindowManager();
    void pollDialogs();

    QTemporaryDir m_dir;
    std::unique_ptr<Coach::Settings> m_settings;
    std::unique_ptr<Coach::FakeRasa::FakeRasaServer> m_server;
    std::unique_ptr<Coach::MainWindow> m_window;
    X11Keyboard m_keys;
    QString m_error;
    int m_handledDialogs = 0;
    QList<std::function<void(QWidget *)>> m_dialogHandlers;
    QTimer *m_dialogPoll = nullptr;
    QPointer<QWidget> m_lastDialog;
};
