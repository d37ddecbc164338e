#pragma once

#include "conflicts/conflictindex.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace Coach {

//! A warning line above the prompt: the action just run (or the one being
//! chosen) contradicts the training stories or other conversations. It says
//! after what, which action each side takes, and names the stories as links
//! that open them (storyRequested). Hidden while there is no conflict.
class ConflictWarning final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictWarning)

public:
    explicit ConflictWarning(QWidget *parent = nullptr);

    //! The conflict at the conversation's last action; `ownTracker` is the
    //! conversation's tracker (its side is not listed as "another").
    void setConflict(const std::optional<StoryConflict> &conflict, int ownTracker);
    //! The conflict the highlighted choice `action` would have (shown
    //! instead of the confirmed conflict until the choice is made).
    void setPreview(const std::optional<StoryConflict> &conflict, const QString &action);
    QString text() const;

Q_SIGNALS:
    //! A story (tracker handle in the ConflictIndex) was clicked.
    void storyRequested(int tracker);
    //! "All conflicts" was clicked.
    void panelRequested();

private:
    void refresh();
    static QString describe(const StoryConflict &conflict, const QString &ownAction,
                            int ownTracker);

    QLabel *m_label = nullptr;
    std::optional<StoryConflict> m_conflict;
    std::optional<StoryConflict> m_preview;
    QString m_previewAction;
    int m_ownTracker = -1;
};

} // namespace Coach
