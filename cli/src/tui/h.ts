// The dashboard's components are plain .ts (the CLI runs its sources on Node's type stripping, which
// has no JSX): `h` is React.createElement under a short name.
import React from 'react';

export const h = React.createElement;
export const Fragment = React.Fragment;
