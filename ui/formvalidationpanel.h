#pragma once

#include "session/sessionquestions.h"

#include <QWidget>

class QLabel;

namespace Coach {

//! "Should the form validate user input to fill the slot?" (spec §5.6
//! step 6): Y or Enter answers yes, N answers no.
class FormValidationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormValidationPanel)

public:
    explicit FormValidationPanel(QWidget *parent = nullptr);

    void ask(const FormValidationQuestion &question);
    QString text() const;

Q_SIGNALS:
    void answered(bool validate);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_label = nullptr;
};

} // namespace Coach
