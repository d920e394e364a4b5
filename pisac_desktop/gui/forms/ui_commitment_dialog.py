# Generated from ui/commitment_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 2a4a231c9e048025d5d224f3dd23b1bb98b92128eb1d60753d12087549e761c1
# uic: uic 6.11.3
# output-sha256: 46d80996d068758f578c00a202993b01f216f05cb0dd53322b481e718b56af76
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CommitmentDialog(object):
    def setupUi(self, CommitmentDialog):
        if not CommitmentDialog.objectName():
            CommitmentDialog.setObjectName(u"CommitmentDialog")
        CommitmentDialog.resize(760, 600)
        CommitmentDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CommitmentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CommitmentDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.actLabel = QLabel(CommitmentDialog)
        self.actLabel.setObjectName(u"actLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actLabel)

        self.actLayout = QVBoxLayout()
        self.actLayout.setObjectName(u"actLayout")
        self.actSearchLayout = QHBoxLayout()
        self.actSearchLayout.setObjectName(u"actSearchLayout")
        self.actSearchEdit = QLineEdit(CommitmentDialog)
        self.actSearchEdit.setObjectName(u"actSearchEdit")
        self.actSearchEdit.setClearButtonEnabled(True)

        self.actSearchLayout.addWidget(self.actSearchEdit)

        self.councilOnlyCheck = QCheckBox(CommitmentDialog)
        self.councilOnlyCheck.setObjectName(u"councilOnlyCheck")
        self.councilOnlyCheck.setChecked(True)

        self.actSearchLayout.addWidget(self.councilOnlyCheck)


        self.actLayout.addLayout(self.actSearchLayout)

        self.actList = QListWidget(CommitmentDialog)
        self.actList.setObjectName(u"actList")
        self.actList.setMaximumSize(QSize(16777215, 130))
        self.actList.setAlternatingRowColors(True)

        self.actLayout.addWidget(self.actList)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.actLayout)

        self.descriptionLabel = QLabel(CommitmentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(CommitmentDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.unitLabel = QLabel(CommitmentDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(CommitmentDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.dueLabel = QLabel(CommitmentDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.byDaysRadio = QRadioButton(CommitmentDialog)
        self.byDaysRadio.setObjectName(u"byDaysRadio")
        self.byDaysRadio.setChecked(True)

        self.dueLayout.addWidget(self.byDaysRadio)

        self.daysSpin = QSpinBox(CommitmentDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(250)
        self.daysSpin.setValue(10)

        self.dueLayout.addWidget(self.daysSpin)

        self.byDateRadio = QRadioButton(CommitmentDialog)
        self.byDateRadio.setObjectName(u"byDateRadio")

        self.dueLayout.addWidget(self.byDateRadio)

        self.dueDateEdit = QDateEdit(CommitmentDialog)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueDateEdit)

        self.dueResultLabel = QLabel(CommitmentDialog)
        self.dueResultLabel.setObjectName(u"dueResultLabel")

        self.dueLayout.addWidget(self.dueResultLabel)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.evidenceExpectedLabel = QLabel(CommitmentDialog)
        self.evidenceExpectedLabel.setObjectName(u"evidenceExpectedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.evidenceExpectedLabel)

        self.evidenceExpectedEdit = QPlainTextEdit(CommitmentDialog)
        self.evidenceExpectedEdit.setObjectName(u"evidenceExpectedEdit")
        self.evidenceExpectedEdit.setTabChangesFocus(True)
        self.evidenceExpectedEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.evidenceExpectedEdit)

        self.reasonLabel = QLabel(CommitmentDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(CommitmentDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(2000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CommitmentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CommitmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.actLabel.setBuddy(self.actSearchEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.dueLabel.setBuddy(self.byDaysRadio)
        self.evidenceExpectedLabel.setBuddy(self.evidenceExpectedEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.actSearchEdit, self.councilOnlyCheck)
        QWidget.setTabOrder(self.councilOnlyCheck, self.actList)
        QWidget.setTabOrder(self.actList, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.byDaysRadio)
        QWidget.setTabOrder(self.byDaysRadio, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.byDateRadio)
        QWidget.setTabOrder(self.byDateRadio, self.dueDateEdit)
        QWidget.setTabOrder(self.dueDateEdit, self.evidenceExpectedEdit)
        QWidget.setTabOrder(self.evidenceExpectedEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(CommitmentDialog)
    # setupUi

    def retranslateUi(self, CommitmentDialog):
        CommitmentDialog.setWindowTitle(QCoreApplication.translate("CommitmentDialog", u"Nuevo compromiso de seguimiento", None))
        self.headingLabel.setText("")
        self.actLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Documento:", None))
        self.actSearchEdit.setPlaceholderText(QCoreApplication.translate("CommitmentDialog", u"Palabras de la sumilla o n\u00famero (por ejemplo, mercado o 012-2026)", None))
        self.councilOnlyCheck.setText(QCoreApplication.translate("CommitmentDialog", u"Solo del &concejo", None))
#if QT_CONFIG(accessibility)
        self.actList.setAccessibleName(QCoreApplication.translate("CommitmentDialog", u"Documentos encontrados", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Qu\u00e9 debe hacerse:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("CommitmentDialog", u"Por ejemplo: Elaborar el expediente t\u00e9cnico del mejoramiento del mercado de abastos", None))
        self.unitLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Unidad responsable:", None))
        self.dueLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Plazo:", None))
        self.byDaysRadio.setText(QCoreApplication.translate("CommitmentDialog", u"En", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("CommitmentDialog", u"Plazo en d\u00edas h\u00e1biles", None))
#endif // QT_CONFIG(accessibility)
        self.daysSpin.setSuffix(QCoreApplication.translate("CommitmentDialog", u" d\u00edas h\u00e1biles", None))
        self.byDateRadio.setText(QCoreApplication.translate("CommitmentDialog", u"Hasta el &d\u00eda", None))
#if QT_CONFIG(accessibility)
        self.dueDateEdit.setAccessibleName(QCoreApplication.translate("CommitmentDialog", u"Vence el", None))
#endif // QT_CONFIG(accessibility)
        self.dueDateEdit.setDisplayFormat(QCoreApplication.translate("CommitmentDialog", u"dd/MM/yyyy", None))
        self.dueResultLabel.setText("")
        self.evidenceExpectedLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Evidencia esperada:", None))
        self.evidenceExpectedEdit.setPlaceholderText(QCoreApplication.translate("CommitmentDialog", u"Opcional: el documento que mostrar\u00e1 que se cumpli\u00f3", None))
        self.reasonLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Motivo del cambio:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CommitmentDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
