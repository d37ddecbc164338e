#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Coach {

class GraphPanel;
class GraphService;
class InteractiveSession;

//! Keeps the graph panel in step with the session: reads the bot project's
//! stories (on the graph thread), asks the GraphService for a new graph
//! after every confirmed step, before an action is confirmed (the pending
//! prediction, drawn dashed) and when the conversation changes, and turns a
//! click on a user message into a fork after asking. Requests are debounced
//! and only made while the panel is shown; a hidden panel (or one behind
//! another dock's tab) catches up when shown.
class GraphController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphController)

public:
    explicit GraphController(GraphPanel *panel, QObject *parent = nullptr);
    ~GraphController() override;

    //! Follows `session` and its document (nullptr: none).
    void setSession(InteractiveSession *session);
    GraphService *service() const { return m_service; }
    //! Requests a graph now if the panel is visible (else when it is shown).
    void refresh();
    //! Reads the project's stories again (after they were edited on disk).
    void reloadTraining();
    //! The panel's dock says whether its tab is in front (a QWidget behind a
    //! tab still counts as visible). A panel not shown gets no new graphs
    //! until it is shown again.
    void setPanelShown(bool shown);
    //! Whether a newer graph is still owed to the panel.
    bool isDirty() const { return m_dirty; }
    //! Whether a request will be made once the debounce interval is over.
    bool isUpdateScheduled() const { return m_debounce.isActive(); }

Q_SIGNALS:
    //! A fork from the graph failed; the text says why.
    void commandFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectSession();
    void scheduleUpdate();
    bool panelShown() const;
    void requestGraph();
    void onForkRequested(int conversation, int eventIndex);

    QPointer<GraphPanel> m_panel;
    GraphService *m_service = nullptr;
    QPointer<InteractiveSession> m_session;
    QTimer m_debounce;
    bool m_dirty = true;
    bool m_behindTab = false;
};

} // namespace Coach
