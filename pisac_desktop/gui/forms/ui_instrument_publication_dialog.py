# Generated from ui/instrument_publication_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 95300d88ee59596a0ca96ee4f36cf3c39a977e760d5e9146a2d828a6e200529b
# uic: uic 6.11.3
# output-sha256: d4b514f708e483ea2b7793cdaa722a22b8ff34cb064c1e91a588ad6f0d3d345b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_publication_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_InstrumentPublicationDialog(object):
    def setupUi(self, InstrumentPublicationDialog):
        if not InstrumentPublicationDialog.objectName():
            InstrumentPublicationDialog.setObjectName(u"InstrumentPublicationDialog")
        InstrumentPublicationDialog.resize(560, 260)
        InstrumentPublicationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InstrumentPublicationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentPublicationDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(InstrumentPublicationDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.mediumComboLabel = QLabel(InstrumentPublicationDialog)
        self.mediumComboLabel.setObjectName(u"mediumComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mediumComboLabel)

        self.mediumCombo = QComboBox(InstrumentPublicationDialog)
        self.mediumCombo.setObjectName(u"mediumCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.mediumCombo.sizePolicy().hasHeightForWidth())
        self.mediumCombo.setSizePolicy(sizePolicy)
        self.mediumCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mediumCombo)

        self.publishedOnEditLabel = QLabel(InstrumentPublicationDialog)
        self.publishedOnEditLabel.setObjectName(u"publishedOnEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.publishedOnEditLabel)

        self.publishedOnEdit = QDateEdit(InstrumentPublicationDialog)
        self.publishedOnEdit.setObjectName(u"publishedOnEdit")
        sizePolicy.setHeightForWidth(self.publishedOnEdit.sizePolicy().hasHeightForWidth())
        self.publishedOnEdit.setSizePolicy(sizePolicy)
        self.publishedOnEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.publishedOnEdit)

        self.referenceEditLabel = QLabel(InstrumentPublicationDialog)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceEditLabel)

        self.referenceEdit = QLineEdit(InstrumentPublicationDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InstrumentPublicationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(InstrumentPublicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mediumComboLabel.setBuddy(self.mediumCombo)
        self.publishedOnEditLabel.setBuddy(self.publishedOnEdit)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mediumCombo, self.publishedOnEdit)
        QWidget.setTabOrder(self.publishedOnEdit, self.referenceEdit)

        self.retranslateUi(InstrumentPublicationDialog)
    # setupUi

    def retranslateUi(self, InstrumentPublicationDialog):
        InstrumentPublicationDialog.setWindowTitle(QCoreApplication.translate("InstrumentPublicationDialog", u"Registrar publicaci\u00f3n", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("InstrumentPublicationDialog", u"Las ordenanzas y los decretos de alcald\u00eda rigen desde el d\u00eda siguiente de su publicaci\u00f3n (Ley N\u00b0 27972, art. 44).", None))
        self.mediumComboLabel.setText(QCoreApplication.translate("InstrumentPublicationDialog", u"&Medio:", None))
        self.publishedOnEditLabel.setText(QCoreApplication.translate("InstrumentPublicationDialog", u"&Fecha de publicaci\u00f3n:", None))
        self.publishedOnEdit.setDisplayFormat(QCoreApplication.translate("InstrumentPublicationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.publishedOnEdit.setToolTip(QCoreApplication.translate("InstrumentPublicationDialog", u"El documento rige desde el d\u00eda siguiente", None))
#endif // QT_CONFIG(tooltip)
        self.referenceEditLabel.setText(QCoreApplication.translate("InstrumentPublicationDialog", u"&Referencia:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("InstrumentPublicationDialog", u"p. ej. Diario El Sol del Cusco, p\u00e1g. 12 (opcional)", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentPublicationDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
