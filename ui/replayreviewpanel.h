#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Coach {

class ReplayModel;
class SessionDocument;
struct ReplayDifference;

//! The differences of the turn selected in a replay, one line each, and
//! what the annotator does about them: "Accept the model's answer" rewrites
//! the annotation in the session (one step of the document's undo stack,
//! which Undo/Redo here walk), "Keep mine" settles it without a change, "Go
//! to turn" asks for the turn in the history. Undoing an accept opens the
//! difference again: the state follows the document's events.
class ReplayReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayReviewPanel)

public:
    ReplayReviewPanel(SessionDocument *document, ReplayModel *model, QWidget *parent = nullptr);

    //! Shows the turn in this row of the model (-1: none).
    void showRow(int row);
    int row() const { return m_row; }

    //! Applies the model's answer for the selected difference.
    void acceptSelected();
    //! Settles the selected difference without changing the session.
    void keepSelected();

    QListWidget *differenceList() const { return m_list; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *goToButton() const { return m_goTo; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *redoButton() const { return m_redo; }

Q_SIGNALS:
    //! The annotator wants to see this event of this conversation.
    void turnRequested(int conversation, int eventIndex);

private:
    void refresh();
    void selectNextOpen();
    void updateButtons();
    void updateUndoButtons();
    void onEventReplaced(int conversation, int eventIndex);
    //! The difference of the selected line, with its row; false if none.
    bool selected(ReplayDifference *difference) const;
    //! The document's current event for a difference; invalid if none.
    int eventOf(int row, const ReplayDifference &difference) const;

    SessionDocument *m_document;
    ReplayModel *m_model;
    int m_row = -1;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_goTo = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
};

} // namespace Coach
