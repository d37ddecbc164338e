#pragma once

#include "session/sessionquestions.h"

#include <QDialog>

class QListWidget;

namespace Coach {

//! "Before which user message do you want to fork?" (spec §5.11): the user
//! messages of the current story part, newest first. Enter forks before
//! the selected one; digits 1–9 pick directly.
class ForkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForkDialog)

public:
    explicit ForkDialog(const QList<ForkPoint> &points, QWidget *parent = nullptr);
    ~ForkDialog() override;

    //! Event index of the chosen user message, or -1.
    int chosenEventIndex() const;
    void selectEventIndex(int eventIndex);
    QListWidget *list() const { return m_list; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<ForkPoint> m_points;
    QListWidget *m_list = nullptr;
};

} // namespace Coach
