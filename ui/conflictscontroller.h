#pragma once

#include "conflicts/conflictindex.h"

#include <QObject>
#include <QPointer>

class QDockWidget;

namespace Coach {

class ActionPanel;
class ConflictGraphMarker;
class ConflictMonitor;
class ConflictWarning;
class ConflictsPanel;
class GraphPanel;
class InteractiveSession;

//! Story conflicts in the window: the ConflictMonitor's findings as a
//! warning above the prompt (the action just run, or the one being chosen
//! in the action question), a ring on the story graph's node, and the
//! View › Conflicts panel; stories open in a ConflictStoryDialog. The main
//! window only places the widgets and hands over the session.
class ConflictsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsController)

public:
    explicit ConflictsController(QWidget *window);

    ConflictMonitor *monitor() const { return m_monitor; }
    ConflictWarning *warning() const { return m_warning; }
    ConflictsPanel *panel() const { return m_panel; }
    ConflictGraphMarker *graphMarker() const;

    void setSession(InteractiveSession *session);
    //! The dock the panel lives in (shown when the warning's link is used).
    void setDock(QDockWidget *dock);
    //! Previews the choices of this action panel.
    void watchActionPanel(ActionPanel *panel);
    //! Rings the conflicting node on this story graph.
    void markGraph(GraphPanel *panel);
    //! Opens the steps of a conflict's story (tracker handle).
    void showStory(int tracker);

private:
    //! Shows the current conflict and the preview of the highlighted choice.
    void refresh();
    //! The current conversation's event the conflict is about (-1: none).
    int eventOf(const StoryConflict &conflict) const;

    QWidget *m_window;
    ConflictMonitor *m_monitor;
    ConflictWarning *m_warning;
    ConflictsPanel *m_panel;
    QPointer<ConflictGraphMarker> m_marker;
    QPointer<QDockWidget> m_dock;
    QPointer<InteractiveSession> m_session;
    QPointer<ActionPanel> m_actionPanel;
};

} // namespace Coach
