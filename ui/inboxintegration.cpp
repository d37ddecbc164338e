#include "inboxintegration.h"

#include "inbox/conversationfeeder.h"
#include "inbox/inboxhistory.h"
#include "inboxcorrectiondialog.h"
#include "inboxpanel.h"
#include "mainwindow.h"

#include "session/sessiondocument.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Coach {

InboxIntegration::InboxIntegration(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(u"InboxIntegration"_s);
    m_panel = new InboxPanel(window);
    m_dock = new QDockWidget(tr("Inbox"), window);
    m_dock->setObjectName(u"InboxDock"_s);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    window->restoreDockWidget(m_dock);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Inbox")); // with its mnemonic
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    if (QMenu *view = window->menuBar()->findChild<QMenu *>(u"ViewMenu"_s))
        view->addAction(toggle);
    connect(window, &MainWindow::documentChanged, this, &InboxIntegration::onDocumentChanged);
    connect(m_panel, &InboxPanel::conversationOpened, this, &InboxIntegration::show);
    connect(m_panel, &InboxPanel::correctRequested, this, &InboxIntegration::correct);
    connect(m_panel, &InboxPanel::replayRequested, this, &InboxIntegration::replay);
    onDocumentChanged(window->document());
}

void InboxIntegration::onDocumentChanged(SessionDocument *document)
{
    m_panel->setDocument(document);
}

void InboxIntegration::show(const QString &senderId, const EventList &events, bool complete)
{
    const int major = m_window->document()->serverInfo().majorVersion();
    const QString title = complete
        ? tr("Inbox: %1 (read-only; Correct it to annotate)").arg(senderId)
        : tr("Inbox: %1, the last %2 events; reading the rest…").arg(senderId).arg(events.size());
    m_window->showPreview(InboxHistory::rows(events, major > 0 ? major : 3), title);
}

void InboxIntegration::correct(const QString &senderId, const EventList &events)
{
    auto *dialog = new InboxCorrectionDialog(senderId, events, m_window->document(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const Status status =
                m_window->session()->switchConversation(dialog->addedConversation());
            !status)
            m_window->statusBar()->showMessage(status.error().toString());
    });
    dialog->open();
}

void InboxIntegration::replay(const QString &senderId, const EventList &events)
{
    auto *feeder = new ConversationFeeder(m_window->session(), events, this);
    connect(feeder, &ConversationFeeder::finished, feeder, &QObject::deleteLater);
    connect(
        feeder, &ConversationFeeder::progressChanged, this, [this, senderId](int sent, int total) {
            m_window->statusBar()->showMessage(tr("Replaying %1 on the server: message %2 of %3")
                                                   .arg(senderId)
                                                   .arg(sent)
                                                   .arg(total));
        });
    if (const Status status = feeder->start(); !status) {
        m_window->statusBar()->showMessage(
            tr("Cannot replay %1: %2").arg(senderId, status.error().toString()));
        feeder->deleteLater();
    }
}

} // namespace Coach
