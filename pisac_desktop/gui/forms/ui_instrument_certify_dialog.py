# Generated from ui/instrument_certify_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: d7a680148afaf2cec4d67ad387e44ed082bd6edc330e9dc90060be30f960a300
# uic: uic 6.11.3
# output-sha256: 0d761a5bd8fa431ca4373d81e1f651c35a4fe5fbbc7f900104a7f4450acc78c8
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_certify_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_InstrumentCertifyDialog(object):
    def setupUi(self, InstrumentCertifyDialog):
        if not InstrumentCertifyDialog.objectName():
            InstrumentCertifyDialog.setObjectName(u"InstrumentCertifyDialog")
        InstrumentCertifyDialog.resize(560, 260)
        InstrumentCertifyDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InstrumentCertifyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentCertifyDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(InstrumentCertifyDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.requestedByEditLabel = QLabel(InstrumentCertifyDialog)
        self.requestedByEditLabel.setObjectName(u"requestedByEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requestedByEditLabel)

        self.requestedByEdit = QLineEdit(InstrumentCertifyDialog)
        self.requestedByEdit.setObjectName(u"requestedByEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requestedByEdit)

        self.copiesSpinLabel = QLabel(InstrumentCertifyDialog)
        self.copiesSpinLabel.setObjectName(u"copiesSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.copiesSpinLabel)

        self.copiesSpin = QSpinBox(InstrumentCertifyDialog)
        self.copiesSpin.setObjectName(u"copiesSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.copiesSpin.sizePolicy().hasHeightForWidth())
        self.copiesSpin.setSizePolicy(sizePolicy)
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(100)
        self.copiesSpin.setValue(1)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.copiesSpin)

        self.certifiedOnEditLabel = QLabel(InstrumentCertifyDialog)
        self.certifiedOnEditLabel.setObjectName(u"certifiedOnEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.certifiedOnEditLabel)

        self.certifiedOnEdit = QDateEdit(InstrumentCertifyDialog)
        self.certifiedOnEdit.setObjectName(u"certifiedOnEdit")
        sizePolicy.setHeightForWidth(self.certifiedOnEdit.sizePolicy().hasHeightForWidth())
        self.certifiedOnEdit.setSizePolicy(sizePolicy)
        self.certifiedOnEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.certifiedOnEdit)

        self.printCheck = QCheckBox(InstrumentCertifyDialog)
        self.printCheck.setObjectName(u"printCheck")
        self.printCheck.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.printCheck)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InstrumentCertifyDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(InstrumentCertifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.requestedByEditLabel.setBuddy(self.requestedByEdit)
        self.copiesSpinLabel.setBuddy(self.copiesSpin)
        self.certifiedOnEditLabel.setBuddy(self.certifiedOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.requestedByEdit, self.copiesSpin)
        QWidget.setTabOrder(self.copiesSpin, self.certifiedOnEdit)
        QWidget.setTabOrder(self.certifiedOnEdit, self.printCheck)

        self.retranslateUi(InstrumentCertifyDialog)
    # setupUi

    def retranslateUi(self, InstrumentCertifyDialog):
        InstrumentCertifyDialog.setWindowTitle(QCoreApplication.translate("InstrumentCertifyDialog", u"Certificar copia", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("InstrumentCertifyDialog", u"La Secretar\u00eda General certifica que las copias son fieles del original.", None))
        self.requestedByEditLabel.setText(QCoreApplication.translate("InstrumentCertifyDialog", u"&Solicitado por:", None))
        self.requestedByEdit.setPlaceholderText(QCoreApplication.translate("InstrumentCertifyDialog", u"Persona u oficina que pide las copias", None))
        self.copiesSpinLabel.setText(QCoreApplication.translate("InstrumentCertifyDialog", u"N\u00b0 de &copias:", None))
        self.certifiedOnEditLabel.setText(QCoreApplication.translate("InstrumentCertifyDialog", u"&Fecha:", None))
        self.certifiedOnEdit.setDisplayFormat(QCoreApplication.translate("InstrumentCertifyDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.certifiedOnEdit.setToolTip(QCoreApplication.translate("InstrumentCertifyDialog", u"Fecha de la certificaci\u00f3n: firma quien era Secretario General ese d\u00eda", None))
#endif // QT_CONFIG(tooltip)
        self.printCheck.setText(QCoreApplication.translate("InstrumentCertifyDialog", u"&Imprimir la copia certificada", None))
#if QT_CONFIG(tooltip)
        self.printCheck.setToolTip(QCoreApplication.translate("InstrumentCertifyDialog", u"Al registrar la certificaci\u00f3n se abre la copia certificada en la vista previa, lista para imprimir tantas copias como se certificaron", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentCertifyDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
