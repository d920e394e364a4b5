# Generated from ui/tramite_loan_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: b12496d09dcd30ba48b01f8be2306eba86a24ac85fbe2d9e9a3ac43af2facd9d
# uic: uic 6.11.3
# output-sha256: 9c1571b9bb5820f7aafb0032e537ee7d423bed4b3121fdccf321c6d301fe44ac
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_loan_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TramiteLoanDialog(object):
    def setupUi(self, TramiteLoanDialog):
        if not TramiteLoanDialog.objectName():
            TramiteLoanDialog.setObjectName(u"TramiteLoanDialog")
        TramiteLoanDialog.resize(560, 260)
        TramiteLoanDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TramiteLoanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(TramiteLoanDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.borrowerLabel = QLabel(TramiteLoanDialog)
        self.borrowerLabel.setObjectName(u"borrowerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.borrowerLabel)

        self.borrowerEdit = QLineEdit(TramiteLoanDialog)
        self.borrowerEdit.setObjectName(u"borrowerEdit")
        self.borrowerEdit.setMaxLength(250)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.borrowerEdit)

        self.purposeLabel = QLabel(TramiteLoanDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(TramiteLoanDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setMaxLength(300)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.dueLabel = QLabel(TramiteLoanDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateEdit(TramiteLoanDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(TramiteLoanDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TramiteLoanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.borrowerLabel.setBuddy(self.borrowerEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.borrowerEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.buttonBox)

        self.retranslateUi(TramiteLoanDialog)
    # setupUi

    def retranslateUi(self, TramiteLoanDialog):
        TramiteLoanDialog.setWindowTitle(QCoreApplication.translate("TramiteLoanDialog", u"Pr\u00e9stamo de expediente", None))
        self.headingLabel.setText("")
        self.borrowerLabel.setText(QCoreApplication.translate("TramiteLoanDialog", u"&Qui\u00e9n lo recibe:", None))
        self.borrowerEdit.setPlaceholderText(QCoreApplication.translate("TramiteLoanDialog", u"Nombre y unidad", None))
        self.purposeLabel.setText(QCoreApplication.translate("TramiteLoanDialog", u"&Para qu\u00e9:", None))
        self.dueLabel.setText(QCoreApplication.translate("TramiteLoanDialog", u"&Devolver hasta:", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("TramiteLoanDialog", u"dd/MM/yyyy", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("TramiteLoanDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
