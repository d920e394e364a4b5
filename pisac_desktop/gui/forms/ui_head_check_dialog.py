# Generated from ui/head_check_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: c690df35d2818ab9a1cd881eff9e9abc7f55319719aa7e3bc23d0ed351e28caa
# uic: uic 6.11.3
# output-sha256: a84f00bc2ee0eaa36cc850f5495e4a8aed3b9ab11a62e9700c121f9e6bffa8cb
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'head_check_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_HeadCheckDialog(object):
    def setupUi(self, HeadCheckDialog):
        if not HeadCheckDialog.objectName():
            HeadCheckDialog.setObjectName(u"HeadCheckDialog")
        self.dialogLayout = QVBoxLayout(HeadCheckDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(HeadCheckDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.entryLabel = QLabel(HeadCheckDialog)
        self.entryLabel.setObjectName(u"entryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entryLabel)

        self.entryEdit = QLineEdit(HeadCheckDialog)
        self.entryEdit.setObjectName(u"entryEdit")
        self.entryEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entryEdit)

        self.hashLabel = QLabel(HeadCheckDialog)
        self.hashLabel.setObjectName(u"hashLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hashLabel)

        self.hashEdit = QLineEdit(HeadCheckDialog)
        self.hashEdit.setObjectName(u"hashEdit")
        self.hashEdit.setMaxLength(200)
        self.hashEdit.setMinimumSize(QSize(520, 0))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hashEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.resultLabel = QLabel(HeadCheckDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.resultLabel)

        self.buttonBox = QDialogButtonBox(HeadCheckDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.entryLabel.setBuddy(self.entryEdit)
        self.hashLabel.setBuddy(self.hashEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entryEdit, self.hashEdit)

        self.retranslateUi(HeadCheckDialog)
    # setupUi

    def retranslateUi(self, HeadCheckDialog):
        HeadCheckDialog.setWindowTitle(QCoreApplication.translate("HeadCheckDialog", u"Comprobar una huella del registro", None))
        self.introLabel.setText(QCoreApplication.translate("HeadCheckDialog", u"Escriba el n\u00famero de la \u00faltima entrada y la huella (SHA-256) tal como figuran en una Constancia de integridad del registro impresa. Puede escribir la huella con o sin espacios entre los grupos de cuatro caracteres.", None))
        self.entryLabel.setText(QCoreApplication.translate("HeadCheckDialog", u"&Entrada N\u00b0:", None))
        self.entryEdit.setPlaceholderText(QCoreApplication.translate("HeadCheckDialog", u"por ejemplo, 1608", None))
        self.hashLabel.setText(QCoreApplication.translate("HeadCheckDialog", u"&Huella:", None))
        self.hashEdit.setPlaceholderText(QCoreApplication.translate("HeadCheckDialog", u"16 grupos de 4 caracteres: 1c42 8d9e c795 \u2026", None))
    # retranslateUi
