#pragma once

#include "model/event.h"

#include <QObject>
#include <QPointer>

class QDockWidget;

namespace Coach {

class InboxPanel;
class MainWindow;
class SessionDocument;

//! Puts the Inbox into the main window with as little of the window's code
//! as possible: a dock (View › Inbox), opened conversations shown in the
//! history table (MainWindow::showPreview), "Correct it" offline
//! (InboxCorrectionDialog) or on the connected server (ConversationFeeder).
class InboxIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxIntegration)

public:
    explicit InboxIntegration(MainWindow *window);

    InboxPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

private:
    void onDocumentChanged(SessionDocument *document);
    void show(const QString &senderId, const EventList &events, bool complete);
    void correct(const QString &senderId, const EventList &events);
    void replay(const QString &senderId, const EventList &events);

    QPointer<MainWindow> m_window;
    InboxPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
};

} // namespace Coach
